package fr.artisanat.relais.search;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.MeasureOrder;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.render.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the portal's search index at build time, so the published site needs no search server and
 * works from any static host or straight from disk. The index is split so a query downloads only
 * what it needs: one small {@code meta.js} (facets, synonyms, which term shards exist), the term
 * shards of the query's words ({@code t-<first two letters>.js}), and the stored fields of the
 * results shown ({@code d-<n>.js}); {@code vocab.js} is fetched only for typo tolerance and
 * spelling suggestions, and {@code s.js} (every measure's dates) only by a reader on a day some
 * status has changed since the build.
 *
 * <p>Scores are BM25F ({@link Bm25f}), computed here once per (term, measure) and stored quantised;
 * the browser only adds them up. Measures are numbered open first, then upcoming, then closed
 * ({@link MeasureOrder#BY_STATUS}), so equal scores keep that order.
 */
public final class SearchIndexBuilder {
    /** Where the index files go, next to the search page. */
    public static final String DIR = "recherche/index/";

    private final ThreadLocal<FrenchAnalyzer> analyzers;
    private final PostingsBuilder postings;

    /**
     * @param analyzers makes the analyzer of each thread that analyses measures (the texts are
     *     analysed in parallel on the caller's fork-join pool)
     */
    public SearchIndexBuilder(Supplier<FrenchAnalyzer> analyzers) {
        this(analyzers, false);
    }

    /**
     * @param remember keep each measure's analysed text for the next {@link #build}, so that a
     *     rebuild after one measure changed analyses that measure only (the preview); the scores,
     *     which depend on every measure, are always recomputed, so the index is the same as a fresh
     *     build's
     */
    public SearchIndexBuilder(Supplier<FrenchAnalyzer> analyzers, boolean remember) {
        this.analyzers = ThreadLocal.withInitial(analyzers);
        this.postings = new PostingsBuilder(this.analyzers, remember);
    }

    /** The index files of {@code site}, paths under {@link #DIR}. */
    public List<OutputFile> build(Site site) {
        List<Measure> docs = site.measures().stream().sorted(MeasureOrder.BY_STATUS).toList();
        Postings built = postings.build(site, docs);
        List<OutputFile> files = new ArrayList<>();
        Map<String, String> shards = ShardSplitter.shards(built);
        files.add(
                IndexScripts.script(
                        "meta", MetaScript.json(site, docs, shards.keySet(), analyzers.get())));
        shards.forEach(
                (key, json) ->
                        files.add(IndexScripts.script("t-" + ShardSplitter.fileKey(key), json)));
        IndexScripts.storedChunks(site, docs, files);
        files.add(IndexScripts.script("vocab", IndexScripts.vocabulary(built)));
        files.add(IndexScripts.script("s", StatusDays.dates(site.buildDate(), docs)));
        return files;
    }
}
