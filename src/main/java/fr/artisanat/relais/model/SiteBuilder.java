package fr.artisanat.relais.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Assembles a {@link Site} and computes its derived views (taxonomy membership, orders). */
public final class SiteBuilder {
    private SiteBuilder() {}

    public static Site build(
            SiteConfig config,
            LocalDate buildDate,
            List<Measure> measures,
            List<Page> pages,
            List<Category> categories,
            List<Funder> funders,
            List<Beneficiary> beneficiaries,
            List<Territory> territories,
            List<Chamber> chambers) {
        return build(
                config,
                buildDate,
                measures,
                pages,
                categories,
                funders,
                beneficiaries,
                territories,
                chambers,
                List.of());
    }

    /** As above, with the editors' synonym groups for search. */
    public static Site build(
            SiteConfig config,
            LocalDate buildDate,
            List<Measure> measures,
            List<Page> pages,
            List<Category> categories,
            List<Funder> funders,
            List<Beneficiary> beneficiaries,
            List<Territory> territories,
            List<Chamber> chambers,
            List<SynonymGroup> synonyms) {
        List<Measure> bySlug = new ArrayList<>(measures);
        bySlug.sort(Comparator.comparing(Measure::slug));
        List<Page> pagesBySlug = new ArrayList<>(pages);
        pagesBySlug.sort(Comparator.comparing(Page::slug));

        Map<TaxonomyKey, Taxonomy> taxonomies = new EnumMap<>(TaxonomyKey.class);
        taxonomies.put(
                TaxonomyKey.CATEGORIES,
                taxonomy(
                        TaxonomyKey.CATEGORIES, categories, bySlug, Measure::categories, Map.of()));
        taxonomies.put(
                TaxonomyKey.FUNDERS,
                taxonomy(TaxonomyKey.FUNDERS, funders, bySlug, Measure::funders, Map.of()));
        taxonomies.put(
                TaxonomyKey.BENEFICIARIES,
                taxonomy(
                        TaxonomyKey.BENEFICIARIES,
                        beneficiaries,
                        bySlug,
                        Measure::beneficiaries,
                        Map.of()));
        taxonomies.put(
                TaxonomyKey.TERRITORIES,
                taxonomy(
                        TaxonomyKey.TERRITORIES,
                        territories,
                        bySlug,
                        Measure::territories,
                        parents(territories)));
        return new Site(config, buildDate, bySlug, pagesBySlug, taxonomies, chambers, synonyms);
    }

    private static Map<String, String> parents(List<Territory> territories) {
        Map<String, String> parents = new HashMap<>();
        for (Territory t : territories) {
            if (t.parent() != null) {
                parents.put(t.id(), t.parent());
            }
        }
        return parents;
    }

    /** Ancestors of a term, nearest first; stops on a cycle (validation reports those). */
    public static List<String> ancestors(String id, Map<String, String> parents) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(id);
        String current = parents.get(id);
        while (current != null && seen.add(current)) {
            result.add(current);
            current = parents.get(current);
        }
        return result;
    }

    private static Taxonomy taxonomy(
            TaxonomyKey key,
            List<? extends Term> terms,
            List<Measure> measures,
            Function<Measure, List<String>> ids,
            Map<String, String> parents) {
        // sorted once: each term's list is then a filter of it, already in order
        List<Measure> sorted = new ArrayList<>(measures);
        sorted.sort(MeasureOrder.BY_STATUS);
        Map<String, List<Measure>> byTerm = new HashMap<>();
        for (Term term : terms) {
            Set<String> wanted = new HashSet<>();
            wanted.add(term.id());
            wanted.addAll(ancestors(term.id(), parents));
            List<Measure> members = new ArrayList<>();
            for (Measure m : sorted) {
                for (String id : ids.apply(m)) {
                    if (wanted.contains(id)) {
                        members.add(m);
                        break;
                    }
                }
            }
            byTerm.put(term.id(), List.copyOf(members));
        }
        return new Taxonomy(key, List.copyOf(terms), byTerm);
    }
}
