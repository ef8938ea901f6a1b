package fr.artisanat.relais.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A measure's analysed text: its field lengths, its distinct terms with their count in each field
 * ({@code counts[term * fields + field]}), whether each term is in the measure's name ({@code
 * namePositions[term]}: the name's number of distinct terms times two, plus one for its first term;
 * -1 when not in it), and how each term was written. Kept between builds by the preview, keyed by
 * the measure itself (an edited measure is a new object) and the taxonomy names it showed.
 */
record DocumentTerms(
        String names,
        int[] lengths,
        String[] terms,
        int[] counts,
        int[] namePositions,
        String[] surfaces,
        int[] surfaceTerm,
        int[] surfaceCount) {

    /** Names are counted up to this many distinct terms, so a name entry is one index digit. */
    static final int NAME_LENGTH_CAP = 15;

    /** One measure's words, counted by term and field: what the index needs of its text. */
    static DocumentTerms of(FrenchAnalyzer analyzer, String[] texts, String name) {
        IndexField[] fields = IndexField.ALL;
        int width = fields.length;
        Map<String, Integer> index = new HashMap<>();
        List<String> terms = new ArrayList<>();
        int[] counts = new int[64 * width];
        // how each term was written: surface -> {term number, count}
        Map<String, int[]> written = new LinkedHashMap<>();
        int[] lengths = new int[width];
        for (IndexField f : fields) {
            List<FrenchAnalyzer.Word> words = analyzer.words(texts[f.ordinal()]);
            for (FrenchAnalyzer.Word w : words) {
                Integer t = index.get(w.term());
                if (t == null) {
                    t = terms.size();
                    index.put(w.term(), t);
                    terms.add(w.term());
                    if ((t + 1) * width > counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                }
                counts[t * width + f.ordinal()]++;
                int[] seen = written.get(w.surface());
                if (seen != null && seen[0] == t) {
                    seen[1]++;
                } else {
                    // one surface, two terms (never seen, but cheap to keep exact)
                    written.merge(
                            seen == null ? w.surface() : w.term() + '\u0000' + w.surface(),
                            new int[] {t, 1},
                            (a, b) -> new int[] {a[0], a[1] + 1});
                }
            }
            lengths[f.ordinal()] = words.size();
        }
        int[] namePositions = new int[terms.size()];
        Arrays.fill(namePositions, -1);
        List<String> nameTerms = analyzer.analyze(name).stream().distinct().toList();
        int distinct = Math.min(NAME_LENGTH_CAP, nameTerms.size());
        for (int p = 0; p < nameTerms.size(); p++) {
            Integer t = index.get(nameTerms.get(p));
            if (t != null) {
                namePositions[t] = distinct * 2 + (p == 0 ? 1 : 0);
            }
        }
        String[] surfaces = new String[written.size()];
        int[] surfaceTerm = new int[written.size()];
        int[] surfaceCount = new int[written.size()];
        int i = 0;
        for (Map.Entry<String, int[]> e : written.entrySet()) {
            String key = e.getKey();
            surfaces[i] = key.substring(key.indexOf('\u0000') + 1);
            surfaceTerm[i] = e.getValue()[0];
            surfaceCount[i++] = e.getValue()[1];
        }
        return new DocumentTerms(
                texts[IndexField.NAMES.ordinal()],
                lengths,
                terms.toArray(new String[0]),
                Arrays.copyOf(counts, terms.size() * width),
                namePositions,
                surfaces,
                surfaceTerm,
                surfaceCount);
    }
}
