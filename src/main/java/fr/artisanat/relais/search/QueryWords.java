package fr.artisanat.relais.search;

import fr.artisanat.relais.model.PlaceWords;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import fr.artisanat.relais.model.Territory;
import fr.artisanat.relais.model.TerritoryKind;
import fr.artisanat.relais.model.VocabularyEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of {@code meta.js} that turn what artisans type into what the measures say, analysed
 * here with the index's own analyzer so the browser compares terms with terms: the portal's stop
 * words, the places (a département by its name, with or without hyphens and accents, or its number;
 * the region) and the trades and situations of {@code data/vocabulary.yml}.
 */
final class QueryWords {
    private QueryWords() {}

    /** {@code ["aid","mesur",…]}. */
    static String fill(FrenchAnalyzer analyzer) {
        return quotedList(PortalStopWords.terms(analyzer));
    }

    /**
     * {@code [[territory index, "dans le Tarn (81)", [["tarn"],["81"]]], …]}: the facet index of
     * the territory, how the notice says it, and the term sequences that name it. A sequence that
     * names two places (none today) names neither.
     */
    static String places(Site site, FrenchAnalyzer analyzer) {
        List<Term> terms = site.taxonomy(TaxonomyKey.TERRITORIES).terms();
        Map<String, PlaceWords> described = new HashMap<>();
        site.vocabulary().places().forEach(p -> described.put(p.territory(), p));
        Map<String, Set<Integer>> owners = new HashMap<>();
        Map<Integer, Set<String>> names = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            // the country is where every measure applies: naming it scopes nothing
            if (!(terms.get(i) instanceof Territory t)
                    || t.kind() == TerritoryKind.PAYS
                    || t.parent() == null) {
                continue;
            }
            List<String> said =
                    new ArrayList<>(
                            List.of(
                                    t.name(),
                                    t.name().replace('-', ' '),
                                    t.name().replace("-", "")));
            said.add(t.id());
            PlaceWords extra = described.get(t.id());
            if (extra != null) {
                said.addAll(extra.words());
            }
            Set<String> sequences = new LinkedHashSet<>();
            for (String s : said) {
                List<String> analysed = analyzer.analyze(s);
                if (!analysed.isEmpty()) {
                    sequences.add(quotedList(analysed));
                }
            }
            for (String seq : sequences) {
                owners.computeIfAbsent(seq, k -> new LinkedHashSet<>()).add(i);
            }
            names.put(i, sequences);
        }
        List<String> out = new ArrayList<>();
        names.forEach(
                (i, sequences) -> {
                    Territory t = (Territory) terms.get(i);
                    List<String> own =
                            sequences.stream().filter(s -> owners.get(s).size() == 1).toList();
                    PlaceWords extra = described.get(t.id());
                    String in = extra != null && extra.in() != null ? extra.in() : ": " + t.name();
                    // a département is known by its number too: « dans le Tarn (81) »
                    if (t.id().matches("[0-9][0-9ab]") && !in.contains("(" + t.id())) {
                        in += " (" + t.id() + ")";
                    }
                    out.add("[" + i + "," + JsonText.quote(in) + "," + JsonText.array(own) + "]");
                });
        return JsonText.array(out);
    }

    /**
     * The trades, then the situations: {@code [[expressions], [tag expressions], [category
     * indexes], [beneficiary indexes]]}, each expression a list of terms.
     */
    static String vocabulary(Site site, FrenchAnalyzer analyzer) {
        Map<String, Integer> categories = indexes(site, TaxonomyKey.CATEGORIES);
        Map<String, Integer> beneficiaries = indexes(site, TaxonomyKey.BENEFICIARIES);
        List<String> out = new ArrayList<>();
        List<VocabularyEntry> entries = new ArrayList<>(site.vocabulary().trades());
        entries.addAll(site.vocabulary().situations());
        for (VocabularyEntry e : entries) {
            out.add(
                    "["
                            + expressions(e.words(), analyzer)
                            + ","
                            + expressions(e.tags(), analyzer)
                            + ","
                            + indexList(e.categories(), categories)
                            + ","
                            + indexList(e.beneficiaries(), beneficiaries)
                            + "]");
        }
        return JsonText.array(out);
    }

    private static String expressions(List<String> texts, FrenchAnalyzer analyzer) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            List<String> terms = analyzer.analyze(text);
            if (!terms.isEmpty()) {
                out.add(quotedList(terms));
            }
        }
        return JsonText.array(List.copyOf(out));
    }

    private static Map<String, Integer> indexes(Site site, TaxonomyKey key) {
        Map<String, Integer> index = new HashMap<>();
        List<Term> terms = site.taxonomy(key).terms();
        for (int i = 0; i < terms.size(); i++) {
            index.put(terms.get(i).id(), i);
        }
        return index;
    }

    private static String indexList(List<String> ids, Map<String, Integer> index) {
        return JsonText.array(
                ids.stream().filter(index::containsKey).map(id -> "" + index.get(id)).toList());
    }

    private static String quotedList(List<String> terms) {
        return JsonText.array(terms.stream().map(JsonText::quote).toList());
    }
}
