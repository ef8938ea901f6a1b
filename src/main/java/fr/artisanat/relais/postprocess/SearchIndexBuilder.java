package fr.artisanat.relais.postprocess;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.MeasureOrder;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.SynonymGroup;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import fr.artisanat.relais.model.Territory;
import fr.artisanat.relais.render.OutputFile;
import fr.artisanat.relais.search.FrenchAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds the portal's search index at build time, so the published site needs no search server and
 * works from any static host or straight from disk. The index is split so a query downloads only
 * what it needs: one small {@code meta.js} (facets, synonyms, which term shards exist), the term
 * shards of the query's words ({@code t-<first two letters>.js}), and the stored fields of the
 * results shown ({@code d-<n>.js}); {@code vocab.js} is fetched only for typo tolerance and
 * spelling suggestions. Every file is a script calling {@code RelaisSearch.load(name, data)},
 * because browsers refuse {@code fetch()} on {@code file://}.
 *
 * <p>Scores are BM25F, computed here once per (term, measure) with field weights title > tags >
 * summary > taxonomy names > body, and stored quantised; the browser only adds them up. Measures
 * are numbered open first, then upcoming, then closed ({@link MeasureOrder#BY_STATUS}), so equal
 * scores keep that order.
 */
public final class SearchIndexBuilder {
    /** Where the index files go, next to the search page. */
    public static final String DIR = "recherche/index/";

    static final int DOCS_PER_CHUNK = 4;
    static final int SHARD_BUDGET = 12_000;
    static final int SCORE_LEVELS = 31;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** The fields of a measure, with their weights. */
    enum Field {
        TITLE(5.0),
        TAGS(3.0),
        SUMMARY(2.0),
        NAMES(1.5),
        BODY(1.0);

        final double weight;

        Field(double weight) {
            this.weight = weight;
        }
    }

    /** The facets in the order the search page shows them, by URL parameter. */
    static final List<Map.Entry<String, TaxonomyKey>> FACETS =
            List.of(
                    Map.entry("categorie", TaxonomyKey.CATEGORIES),
                    Map.entry("financeur", TaxonomyKey.FUNDERS),
                    Map.entry("territoire", TaxonomyKey.TERRITORIES),
                    Map.entry("beneficiaire", TaxonomyKey.BENEFICIARIES));

    /** Measures analysed together (in parallel) before their words are merged in order. */
    private static final int ANALYSIS_BATCH = 512;

    /** One analyzer per thread: an analyzer caches words and is not thread-safe. */
    private final ThreadLocal<FrenchAnalyzer> analyzers;

    private final boolean remember;
    private Map<Measure, DocTerms> memory = Map.of();

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
        this.remember = remember;
    }

    public List<OutputFile> build(Site site) {
        List<Measure> docs = site.measures().stream().sorted(MeasureOrder.BY_STATUS).toList();
        Postings postings = postings(site, docs);
        List<OutputFile> files = new ArrayList<>();
        Map<String, String> shards = shards(postings);
        files.add(script("meta", meta(site, docs, shards.keySet())));
        shards.forEach((key, json) -> files.add(script("t-" + fileKey(key), json)));
        for (int start = 0; start < docs.size(); start += DOCS_PER_CHUNK) {
            List<String> entries = new ArrayList<>();
            for (Measure m : docs.subList(start, Math.min(docs.size(), start + DOCS_PER_CHUNK))) {
                entries.add(stored(site, m));
            }
            files.add(script("d-" + start / DOCS_PER_CHUNK, JsonText.array(entries)));
        }
        files.add(script("vocab", vocabulary(postings)));
        return files;
    }

    /**
     * Terms grouped by their first two letters, and a group larger than {@link #SHARD_BUDGET} split
     * again by one more letter, until each shard is small or holds a single term: a query loads
     * little even for its most common words. The browser finds a term's shard as the longest shard
     * key that starts the term.
     */
    static Map<String, String> shards(Postings postings) {
        Map<String, String> encoded = new TreeMap<>();
        postings.terms.forEach((term, list) -> encoded.put(term, list.encode(postings.scoring)));
        Map<String, String> shards = new TreeMap<>();
        split(encoded, 2, shards);
        return shards;
    }

    private static void split(Map<String, String> terms, int letters, Map<String, String> out) {
        Map<String, Map<String, String>> groups = new TreeMap<>();
        terms.forEach(
                (term, json) ->
                        groups.computeIfAbsent(prefix(term, letters), k -> new TreeMap<>())
                                .put(term, json));
        groups.forEach(
                (key, group) -> {
                    int size =
                            group.entrySet().stream()
                                    .mapToInt(e -> e.getKey().length() + e.getValue().length() + 4)
                                    .sum();
                    boolean divisible = group.keySet().stream().anyMatch(t -> t.length() > letters);
                    if (size > SHARD_BUDGET && group.size() > 1 && divisible) {
                        split(group, letters + 1, out);
                    } else {
                        StringBuilder json = new StringBuilder("{");
                        group.forEach(
                                (term, list) -> {
                                    if (json.length() > 1) {
                                        json.append(',');
                                    }
                                    json.append(JsonText.quote(term)).append(':').append(list);
                                });
                        out.merge(
                                key, json.append('}').toString(), SearchIndexBuilder::mergeShards);
                    }
                });
    }

    /** Two shards with the same key (a short term left behind by a split), as one object. */
    private static String mergeShards(String a, String b) {
        return a.substring(0, a.length() - 1) + "," + b.substring(1);
    }

    /** The first {@code letters} letters of a term (all of it when shorter). */
    static String prefix(String term, int letters) {
        int count = term.codePointCount(0, term.length());
        return term.substring(0, term.offsetByCodePoints(0, Math.min(letters, count)));
    }

    /** A file-name-safe form of a shard key. */
    static String fileKey(String key) {
        if (key.matches("[a-z0-9]+")) {
            return key;
        }
        return key.codePoints()
                .mapToObj(Integer::toHexString)
                .collect(Collectors.joining("_", "u", ""));
    }

    private static OutputFile script(String name, String json) {
        String text = "RelaisSearch.load(" + JsonText.quote(name) + "," + json + ");\n";
        return new OutputFile(
                DIR + name + ".js", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Analyses every measure and files its terms. A measure's analysis is dropped as soon as its
     * counts are in the posting lists, which keep them as a few bytes per (term, measure): scores
     * need every measure's field lengths first, so they are computed when the lists are encoded.
     * Holding each measure's analysis until then took about 10 KB per measure, a gigabyte at 100
     * 000 measures.
     */
    private Postings postings(Site site, List<Measure> docs) {
        Field[] fields = Field.values();
        int width = fields.length;
        int n = docs.size();
        double[] totalLength = new double[width];
        int[] lengths = new int[n * width];
        Map<Measure, DocTerms> kept = remember ? new IdentityHashMap<>() : null;
        Map<String, PostingList> terms = new HashMap<>();
        Map<Measure, DocTerms> before = memory;
        for (int batch = 0; batch < n; batch += ANALYSIS_BATCH) {
            // analysing the texts is most of the work: in parallel, merged below in measure order
            List<DocTerms> done =
                    docs.subList(batch, Math.min(n, batch + ANALYSIS_BATCH)).parallelStream()
                            .map(m -> analysed(site, m, before.get(m)))
                            .toList();
            for (int k = 0; k < done.size(); k++) {
                int doc = batch + k;
                DocTerms d = done.get(k);
                if (kept != null) {
                    kept.put(docs.get(doc), d);
                }
                PostingList[] lists = new PostingList[d.terms.length];
                for (int t = 0; t < d.terms.length; t++) {
                    lists[t] = terms.computeIfAbsent(d.terms[t], x -> new PostingList());
                    lists[t].add(doc, d.counts, t * width, width);
                }
                for (int i = 0; i < d.surfaces.length; i++) {
                    lists[d.surfaceTerm[i]].saw(d.surfaces[i], d.surfaceCount[i]);
                }
                for (Field f : fields) {
                    totalLength[f.ordinal()] += d.lengths[f.ordinal()];
                    lengths[doc * width + f.ordinal()] = d.lengths[f.ordinal()];
                }
            }
        }
        memory = kept == null ? Map.of() : kept;
        double[] average = new double[width];
        for (Field f : fields) {
            average[f.ordinal()] = Math.max(1.0, totalLength[f.ordinal()] / Math.max(1, n));
        }
        Postings postings = new Postings(new Scoring(n, lengths, average));
        terms.forEach(
                (term, list) -> {
                    list.finish();
                    postings.terms.put(term, list);
                });
        return postings;
    }

    /** The remembered analysis when the measure and the names it shows are unchanged. */
    private DocTerms analysed(Site site, Measure m, DocTerms remembered) {
        String names = text(site, m, Field.NAMES);
        return remembered != null && remembered.names.equals(names)
                ? remembered
                : analyse(site, m, names);
    }

    /** One measure's words, counted by term and field: what the index needs of its text. */
    private DocTerms analyse(Site site, Measure m, String names) {
        Field[] fields = Field.values();
        int width = fields.length;
        Map<String, Integer> index = new HashMap<>();
        List<String> terms = new ArrayList<>();
        int[] counts = new int[64 * width];
        // how each term was written: surface -> {term number, count}
        Map<String, int[]> written = new LinkedHashMap<>();
        int[] lengths = new int[width];
        for (Field f : fields) {
            String text = f == Field.NAMES ? names : text(site, m, f);
            List<FrenchAnalyzer.Word> words = analyzers.get().words(text);
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
        return new DocTerms(
                names,
                lengths,
                terms.toArray(new String[0]),
                Arrays.copyOf(counts, terms.size() * width),
                surfaces,
                surfaceTerm,
                surfaceCount);
    }

    /**
     * A measure's analysed text: its field lengths, its distinct terms with their count in each
     * field, and how each term was written. Kept between builds by the preview, keyed by the
     * measure itself (an edited measure is a new object) and the taxonomy names it showed.
     */
    private record DocTerms(
            String names,
            int[] lengths,
            String[] terms,
            int[] counts,
            String[] surfaces,
            int[] surfaceTerm,
            int[] surfaceCount) {}

    /** The most frequent way a term is written, for spelling suggestions. */
    private static String surface(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    private static String text(Site site, Measure m, Field f) {
        return switch (f) {
            case TITLE -> m.title();
            case TAGS -> String.join(" ; ", m.tags());
            case SUMMARY -> m.summary();
            case BODY -> m.body().text() == null ? "" : m.body().text();
            case NAMES -> {
                List<String> names = new ArrayList<>();
                names.addAll(names(site, TaxonomyKey.FUNDERS, m.funders()));
                names.addAll(names(site, TaxonomyKey.CATEGORIES, m.categories()));
                names.addAll(names(site, TaxonomyKey.BENEFICIARIES, m.beneficiaries()));
                names.addAll(names(site, TaxonomyKey.TERRITORIES, m.territories()));
                names.addAll(m.territories());
                yield String.join(" ; ", names);
            }
        };
    }

    private static List<String> names(Site site, TaxonomyKey key, List<String> ids) {
        return ids.stream().map(id -> site.term(key, id).map(Term::name).orElse(id)).toList();
    }

    /** {@code [title, url, status, summary, funders]} of one result. */
    private static String stored(Site site, Measure m) {
        return JsonText.array(
                List.of(
                        JsonText.quote(m.title()),
                        JsonText.quote(SitePaths.measure(m.slug())),
                        JsonText.quote(m.status().code()),
                        JsonText.quote(m.summary()),
                        JsonText.quote(
                                String.join(", ", names(site, TaxonomyKey.FUNDERS, m.funders())))));
    }

    private String meta(Site site, List<Measure> docs, java.util.Set<String> shardKeys) {
        int open = (int) docs.stream().filter(m -> m.status().rank() == 0).count();
        int upcoming = (int) docs.stream().filter(m -> m.status().rank() == 1).count();
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"n\":").append(docs.size());
        sb.append(",\"chunk\":").append(DOCS_PER_CHUNK);
        sb.append(",\"levels\":").append(SCORE_LEVELS);
        sb.append(",\"status\":[").append(open).append(',').append(open + upcoming).append(']');
        sb.append(",\"shards\":")
                .append(JsonText.array(shardKeys.stream().map(JsonText::quote).toList()));
        sb.append(",\"syn\":").append(synonyms(site.synonyms()));
        sb.append(",\"facets\":{");
        boolean first = true;
        for (Map.Entry<String, TaxonomyKey> facet : FACETS) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append(JsonText.quote(facet.getKey())).append(':');
            facet(sb, site, facet.getValue(), docs);
        }
        return sb.append("}}").toString();
    }

    /** Each group as lists of terms: {@code [[["chomag","partiel"],["activit","partiel"]]]}. */
    private String synonyms(List<SynonymGroup> groups) {
        List<String> out = new ArrayList<>();
        for (SynonymGroup g : groups) {
            List<String> expressions = new ArrayList<>();
            for (String e : g.expressions()) {
                List<String> terms = analyzers.get().analyze(e);
                if (!terms.isEmpty()) {
                    expressions.add(JsonText.array(terms.stream().map(JsonText::quote).toList()));
                }
            }
            if (expressions.size() > 1) {
                out.add(JsonText.array(expressions));
            }
        }
        return JsonText.array(out);
    }

    /**
     * A facet: its terms ({@code [id, name, parent index or -1]}), the distinct combinations of
     * terms measures have, and for each measure in index order its combination's number.
     */
    private static void facet(StringBuilder sb, Site site, TaxonomyKey key, List<Measure> docs) {
        List<Term> terms = site.taxonomy(key).terms();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            index.put(terms.get(i).id(), i);
        }
        List<String> termJson = new ArrayList<>();
        for (Term t : terms) {
            int parent =
                    t instanceof Territory territory && territory.parent() != null
                            ? index.getOrDefault(territory.parent(), -1)
                            : -1;
            termJson.add(
                    "["
                            + JsonText.quote(t.id())
                            + ","
                            + JsonText.quote(t.name())
                            + ","
                            + parent
                            + "]");
        }
        Map<String, Integer> combos = new LinkedHashMap<>();
        StringBuilder perDoc = new StringBuilder();
        for (Measure m : docs) {
            List<String> ids =
                    switch (key) {
                        case CATEGORIES -> m.categories();
                        case FUNDERS -> m.funders();
                        case TERRITORIES -> m.territories();
                        case BENEFICIARIES -> m.beneficiaries();
                    };
            String combo =
                    ids.stream()
                            .map(index::get)
                            .filter(java.util.Objects::nonNull)
                            .sorted()
                            .distinct()
                            .map(String::valueOf)
                            .collect(Collectors.joining(","));
            Base32Varint.append(perDoc, combos.computeIfAbsent(combo, c -> combos.size()));
        }
        sb.append("{\"t\":").append(JsonText.array(termJson));
        sb.append(",\"c\":")
                .append(
                        combos.keySet().stream()
                                .map(c -> "[" + c + "]")
                                .collect(Collectors.joining(",", "[", "]")));
        sb.append(",\"d\":").append(JsonText.quote(perDoc.toString())).append('}');
    }

    /** {@code "term surface df"} lines, most frequent first, for typos and suggestions. */
    private static String vocabulary(Postings postings) {
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

    /** Every term's postings, by term, and what their scores need. */
    private static final class Postings {
        final Map<String, PostingList> terms = new TreeMap<>();
        final Scoring scoring;

        Postings(Scoring scoring) {
            this.scoring = scoring;
        }
    }

    /**
     * What BM25F needs besides a term's counts: the number of measures, each measure's field
     * lengths ({@code lengths[doc * fields + field]}) and the average length of each field.
     */
    private record Scoring(int n, int[] lengths, double[] average) {
        /** BM25F's pseudo term frequency: the field counts summed in field order. */
        double pseudoFrequency(int doc, int[] counts) {
            Field[] fields = Field.values();
            double pseudo = 0;
            boolean first = true;
            for (Field f : fields) {
                int count = counts[f.ordinal()];
                if (count > 0) {
                    double norm =
                            1
                                    - B
                                    + B
                                            * lengths[doc * fields.length + f.ordinal()]
                                            / average[f.ordinal()];
                    double part = f.weight * count / norm;
                    pseudo = first ? part : pseudo + part;
                    first = false;
                }
            }
            return pseudo;
        }
    }

    /**
     * One term's measures (ascending numbers) with the term's count in each of their fields, packed
     * as bytes: per measure the gap to the previous one, a bit mask of the fields holding the term,
     * and those fields' counts, all as variable-length integers (usually three or four bytes).
     */
    private static final class PostingList {
        private final Map<String, Integer> surfaces = new HashMap<>(4);
        private byte[] packed = new byte[8];
        private int size;
        private int last;
        int df;
        String surface;

        void saw(String written, int times) {
            surfaces.merge(written, times, Integer::sum);
        }

        /** Adds a measure with the term's count in each field ({@code counts[offset + field]}). */
        void add(int doc, int[] counts, int offset, int width) {
            if (size + 6 * (width + 1) > packed.length) {
                packed =
                        Arrays.copyOf(
                                packed,
                                Math.max(
                                        packed.length + (packed.length >> 1),
                                        size + 6 * (width + 1)));
            }
            int mask = 0;
            for (int f = 0; f < width; f++) {
                if (counts[offset + f] > 0) {
                    mask |= 1 << f;
                }
            }
            put(doc - last);
            put(mask);
            for (int f = 0; f < width; f++) {
                if (counts[offset + f] > 0) {
                    put(counts[offset + f]);
                }
            }
            last = doc;
            df++;
        }

        private void put(int value) {
            int v = value;
            while ((v & ~0x7F) != 0) {
                packed[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            packed[size++] = (byte) v;
        }

        /** Once every measure was added: trims the bytes and picks the usual spelling. */
        void finish() {
            packed = Arrays.copyOf(packed, size);
            surface = surface(surfaces);
            surfaces.clear();
        }

        /**
         * {@code [max score, "postings"]}: each posting is the gap to the previous measure number
         * and the score in {@link #SCORE_LEVELS} steps of the maximum, both as {@link
         * Base32Varint}.
         */
        String encode(Scoring scoring) {
            int[] docs = new int[df];
            double[] scores = new double[df];
            int[] counts = new int[Field.values().length];
            int[] at = {0};
            int doc = 0;
            for (int i = 0; i < df; i++) {
                doc += get(at);
                int mask = get(at);
                for (int f = 0; f < counts.length; f++) {
                    counts[f] = (mask & (1 << f)) != 0 ? get(at) : 0;
                }
                docs[i] = doc;
                scores[i] = scoring.pseudoFrequency(doc, counts);
            }
            double idf = Math.log(1 + (scoring.n() - df + 0.5) / (df + 0.5));
            for (int i = 0; i < df; i++) {
                double tf = scores[i];
                scores[i] = idf * tf * (K1 + 1) / (tf + K1);
            }
            double max = 0;
            for (int i = 0; i < df; i++) {
                max = Math.max(max, scores[i]);
            }
            StringBuilder sb = new StringBuilder(df * 3);
            int previous = 0;
            for (int i = 0; i < df; i++) {
                Base32Varint.append(sb, docs[i] - previous);
                previous = docs[i];
                int level =
                        max <= 0
                                ? SCORE_LEVELS
                                : (int) Math.max(1, Math.round(SCORE_LEVELS * scores[i] / max));
                Base32Varint.append(sb, level);
            }
            return "["
                    + String.format(java.util.Locale.ROOT, "%.3f", max)
                    + ","
                    + JsonText.quote(sb.toString())
                    + "]";
        }

        private int get(int[] at) {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = packed[at[0]++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }
}
