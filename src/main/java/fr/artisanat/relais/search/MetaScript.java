package fr.artisanat.relais.search;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SynonymGroup;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import fr.artisanat.relais.model.Territory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code meta.js}, the one index file every query loads first: the number of measures and how they
 * are numbered, which term shards exist, the synonyms as terms, and the facets.
 */
final class MetaScript {
    /** The facets in the order the search page shows them, by URL parameter. */
    static final List<Map.Entry<String, TaxonomyKey>> FACETS =
            List.of(
                    Map.entry("categorie", TaxonomyKey.CATEGORIES),
                    Map.entry("financeur", TaxonomyKey.FUNDERS),
                    Map.entry("territoire", TaxonomyKey.TERRITORIES),
                    Map.entry("beneficiaire", TaxonomyKey.BENEFICIARIES));

    private MetaScript() {}

    static String json(
            Site site, List<Measure> docs, Set<String> shardKeys, FrenchAnalyzer analyzer) {
        int open = (int) docs.stream().filter(m -> m.status().rank() == 0).count();
        int upcoming = (int) docs.stream().filter(m -> m.status().rank() == 1).count();
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"n\":").append(docs.size());
        sb.append(",\"chunk\":").append(IndexScripts.DOCS_PER_CHUNK);
        sb.append(",\"levels\":").append(PostingList.SCORE_LEVELS);
        sb.append(",\"status\":[").append(open).append(',').append(open + upcoming).append(']');
        sb.append(",\"shards\":")
                .append(JsonText.array(shardKeys.stream().map(JsonText::quote).toList()));
        sb.append(",\"syn\":").append(synonyms(site.synonyms(), analyzer));
        sb.append(",\"fill\":").append(QueryWords.fill(analyzer));
        sb.append(",\"places\":").append(QueryWords.places(site, analyzer));
        sb.append(",\"words\":").append(QueryWords.vocabulary(site, analyzer));
        sb.append(",\"day\":").append(StatusDays.days(site.buildDate(), docs));
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
    private static String synonyms(List<SynonymGroup> groups, FrenchAnalyzer analyzer) {
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
            String combo =
                    ids(m, key).stream()
                            .map(index::get)
                            .filter(Objects::nonNull)
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

    static List<String> ids(Measure m, TaxonomyKey key) {
        return switch (key) {
            case CATEGORIES -> m.categories();
            case FUNDERS -> m.funders();
            case TERRITORIES -> m.territories();
            case BENEFICIARIES -> m.beneficiaries();
        };
    }
}
