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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    private final FrenchAnalyzer analyzer;

    public SearchIndexBuilder(FrenchAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The index files of {@code site}, in a stable order. */
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
        postings.terms.forEach((term, list) -> encoded.put(term, list.encode()));
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

    private Postings postings(Site site, List<Measure> docs) {
        Map<Field, Double> totalLength = new HashMap<>();
        List<Map<Field, Map<String, Integer>>> counts = new ArrayList<>();
        List<Map<Field, Integer>> lengths = new ArrayList<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (Measure m : docs) {
            Map<Field, Map<String, Integer>> perField = new LinkedHashMap<>();
            Map<Field, Integer> perLength = new HashMap<>();
            for (Field f : Field.values()) {
                Map<String, Integer> tf = new HashMap<>();
                int length = 0;
                for (FrenchAnalyzer.Word w : analyzer.words(text(site, m, f))) {
                    tf.merge(w.term(), 1, Integer::sum);
                    surfaces.computeIfAbsent(w.term(), k -> new HashMap<>())
                            .merge(w.surface(), 1, Integer::sum);
                    length++;
                }
                perField.put(f, tf);
                perLength.put(f, length);
                totalLength.merge(f, (double) length, Double::sum);
            }
            counts.add(perField);
            lengths.add(perLength);
        }
        int n = docs.size();
        Map<String, List<double[]>> raw = new TreeMap<>();
        for (int doc = 0; doc < n; doc++) {
            Map<String, Double> pseudo = new HashMap<>();
            for (Field f : Field.values()) {
                double avg = Math.max(1.0, totalLength.getOrDefault(f, 0.0) / Math.max(1, n));
                double norm = 1 - B + B * lengths.get(doc).get(f) / avg;
                for (Map.Entry<String, Integer> e : counts.get(doc).get(f).entrySet()) {
                    pseudo.merge(e.getKey(), f.weight * e.getValue() / norm, Double::sum);
                }
            }
            for (Map.Entry<String, Double> e : pseudo.entrySet()) {
                raw.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new double[] {doc, e.getValue()});
            }
        }
        Postings postings = new Postings();
        raw.forEach(
                (term, list) -> {
                    int df = list.size();
                    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                    PostingList pl = new PostingList(df, surface(surfaces.get(term)));
                    for (double[] p : list) {
                        double tf = p[1];
                        pl.add((int) p[0], idf * tf * (K1 + 1) / (tf + K1));
                    }
                    postings.terms.put(term, pl);
                });
        return postings;
    }

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
                List<String> terms = analyzer.analyze(e);
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

    /** Every term's postings, by term. */
    private static final class Postings {
        final Map<String, PostingList> terms = new TreeMap<>();
    }

    /** One term's measures (ascending numbers) and BM25F scores. */
    private static final class PostingList {
        final int df;
        final String surface;
        final List<Integer> docs = new ArrayList<>();
        final List<Double> scores = new ArrayList<>();

        PostingList(int df, String surface) {
            this.df = df;
            this.surface = surface;
        }

        void add(int doc, double score) {
            docs.add(doc);
            scores.add(score);
        }

        /**
         * {@code [max score, "postings"]}: each posting is the gap to the previous measure number
         * and the score in {@link #SCORE_LEVELS} steps of the maximum, both as {@link
         * Base32Varint}.
         */
        String encode() {
            double max = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            StringBuilder sb = new StringBuilder();
            int previous = 0;
            for (int i = 0; i < docs.size(); i++) {
                Base32Varint.append(sb, docs.get(i) - previous);
                previous = docs.get(i);
                int level =
                        max <= 0
                                ? SCORE_LEVELS
                                : (int) Math.max(1, Math.round(SCORE_LEVELS * scores.get(i) / max));
                Base32Varint.append(sb, level);
            }
            return "["
                    + String.format(java.util.Locale.ROOT, "%.3f", max)
                    + ","
                    + JsonText.quote(sb.toString())
                    + "]";
        }
    }
}
