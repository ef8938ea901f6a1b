package fr.artisanat.relais.search;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses every measure and files its terms. A measure's analysis is dropped as soon as its counts
 * are in the posting lists, which keep them as a few bytes per (term, measure): scores need every
 * measure's field lengths first, so they are computed when the lists are encoded (see BENCHMARKS.md
 * for what holding the analyses cost).
 */
final class PostingsBuilder {
    /** Measures analysed together (in parallel) before their words are merged in order. */
    private static final int ANALYSIS_BATCH = 512;

    /** One analyzer per thread: an analyzer caches words and is not thread-safe. */
    private final ThreadLocal<FrenchAnalyzer> analyzers;

    private final boolean remember;
    private Map<Measure, DocumentTerms> memory = Map.of();

    PostingsBuilder(ThreadLocal<FrenchAnalyzer> analyzers, boolean remember) {
        this.analyzers = analyzers;
        this.remember = remember;
    }

    Postings build(Site site, List<Measure> docs) {
        IndexField[] fields = IndexField.ALL;
        int width = fields.length;
        int n = docs.size();
        double[] totalLength = new double[width];
        int[] lengths = new int[n * width];
        Map<Measure, DocumentTerms> kept = remember ? new IdentityHashMap<>() : null;
        Map<String, PostingList> terms = new HashMap<>();
        Map<Measure, DocumentTerms> before = memory;
        for (int batch = 0; batch < n; batch += ANALYSIS_BATCH) {
            // analysing the texts is most of the work: in parallel, merged below in measure order
            List<DocumentTerms> done =
                    docs.subList(batch, Math.min(n, batch + ANALYSIS_BATCH)).parallelStream()
                            .map(m -> analysed(site, m, before.get(m)))
                            .toList();
            for (int k = 0; k < done.size(); k++) {
                int doc = batch + k;
                DocumentTerms d = done.get(k);
                if (kept != null) {
                    kept.put(docs.get(doc), d);
                }
                PostingList[] lists = new PostingList[d.terms().length];
                for (int t = 0; t < d.terms().length; t++) {
                    lists[t] = terms.computeIfAbsent(d.terms()[t], x -> new PostingList());
                    lists[t].add(doc, d.counts(), t * width, width, d.namePositions()[t]);
                }
                for (int i = 0; i < d.surfaces().length; i++) {
                    lists[d.surfaceTerm()[i]].saw(d.surfaces()[i], d.surfaceCount()[i]);
                }
                for (IndexField f : fields) {
                    totalLength[f.ordinal()] += d.lengths()[f.ordinal()];
                    lengths[doc * width + f.ordinal()] = d.lengths()[f.ordinal()];
                }
            }
        }
        memory = kept == null ? Map.of() : kept;
        double[] average = new double[width];
        for (IndexField f : fields) {
            average[f.ordinal()] = Math.max(1.0, totalLength[f.ordinal()] / Math.max(1, n));
        }
        Postings postings = new Postings(new Bm25f(n, lengths, average));
        terms.forEach(
                (term, list) -> {
                    list.finish();
                    postings.terms.put(term, list);
                });
        return postings;
    }

    /** The remembered analysis when the measure and the names it shows are unchanged. */
    private DocumentTerms analysed(Site site, Measure m, DocumentTerms remembered) {
        String names = MeasureTexts.text(site, m, IndexField.NAMES);
        if (remembered != null && remembered.names().equals(names)) {
            return remembered;
        }
        String[] texts = new String[IndexField.ALL.length];
        for (IndexField f : IndexField.ALL) {
            texts[f.ordinal()] = f == IndexField.NAMES ? names : MeasureTexts.text(site, m, f);
        }
        return DocumentTerms.of(analyzers.get(), texts, MeasureTexts.name(m.title()));
    }
}
