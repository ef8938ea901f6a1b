package fr.artisanat.relais.search;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The index's files. Each is a script calling {@code RelaisSearch.load(name, data)}, because
 * browsers refuse {@code fetch()} on {@code file://}.
 */
final class IndexScripts {
    /** Measures whose stored fields share one {@code d-<n>.js}. */
    static final int DOCS_PER_CHUNK = 4;

    private IndexScripts() {}

    static OutputFile script(String name, String json) {
        String text = "RelaisSearch.load(" + JsonText.quote(name) + "," + json + ");\n";
        return new OutputFile(
                SearchIndexBuilder.DIR + name + ".js", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The stored fields of the results shown, {@link #DOCS_PER_CHUNK} measures per file. */
    static void storedChunks(Site site, List<Measure> docs, List<OutputFile> files) {
        for (int start = 0; start < docs.size(); start += DOCS_PER_CHUNK) {
            List<String> entries = new ArrayList<>();
            for (Measure m : docs.subList(start, Math.min(docs.size(), start + DOCS_PER_CHUNK))) {
                entries.add(MeasureTexts.stored(site, m));
            }
            files.add(script("d-" + start / DOCS_PER_CHUNK, JsonText.array(entries)));
        }
    }

    /** {@code "term surface df"} lines, most frequent first, for typos and suggestions. */
    static String vocabulary(Postings postings) {
        List<Map.Entry<String, PostingList>> entries = new ArrayList<>(postings.terms.entrySet());
        entries.sort(
                Map.Entry.<String, PostingList>comparingByValue(
                                (a, b) -> Integer.compare(b.df, a.df))
                        .thenComparing(Map.Entry.comparingByKey()));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, PostingList> e : entries) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(e.getKey())
                    .append(' ')
                    .append(e.getValue().surface)
                    .append(' ')
                    .append(e.getValue().df);
        }
        return JsonText.quote(sb.toString());
    }
}
