package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.model.Beneficiary;
import fr.artisanat.relais.model.Category;
import fr.artisanat.relais.model.Funder;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.MeasureOrder;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SiteBuilder;
import fr.artisanat.relais.model.Taxonomy;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Territory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts re-validated measures into the previous {@link Site} for a preview rebuild. The partial site
 * holds only the saved measures, validated against the whole content; everything else (pages, data,
 * synonyms, other measures) comes from the previous site or, for data, from the partial one, which
 * re-read it.
 */
final class SiteMerge {
    private static final Comparator<Measure> BY_SLUG = Comparator.comparing(Measure::slug);

    private SiteMerge() {}

    /**
     * The previous site with the re-validated measures in place of their old versions. When none of
     * them changed its terms (a body or title edit), every list keeps its members, so the new
     * versions are swapped into the lists that hold them, at the place their title or dates sort
     * them, instead of recomputing every taxonomy of every measure.
     */
    static Site merge(Site before, Site partial) {
        Map<String, Measure> saved = new HashMap<>();
        partial.measures().forEach(m -> saved.put(m.slug(), m));
        Map<String, Measure> old = new HashMap<>();
        before.measures().stream()
                .filter(m -> saved.containsKey(m.slug()))
                .forEach(m -> old.put(m.slug(), m));
        boolean sameMembers =
                old.size() == saved.size()
                        && saved.values().stream().allMatch(m -> sameTerms(old.get(m.slug()), m))
                        && partial.config().equals(before.config())
                        && partial.synonyms().equals(before.synonyms())
                        && partial.situations().equals(before.situations())
                        && partial.vocabulary().equals(before.vocabulary())
                        && partial.chambers().equals(before.chambers());
        for (TaxonomyKey key : TaxonomyKey.values()) {
            sameMembers &= partial.taxonomy(key).terms().equals(before.taxonomy(key).terms());
        }
        if (sameMembers) {
            return swapped(before, partial, old);
        }
        return rebuilt(before, partial);
    }

    private static Site swapped(Site before, Site partial, Map<String, Measure> old) {
        Map<TaxonomyKey, Taxonomy> taxonomies = new EnumMap<>(TaxonomyKey.class);
        for (TaxonomyKey key : TaxonomyKey.values()) {
            Taxonomy t = before.taxonomy(key);
            Map<String, List<Measure>> byTerm = new HashMap<>(t.measuresByTerm());
            // The partial site lists only the saved measures: its non-empty terms are the lists
            // to touch, and membership did not change.
            partial.taxonomy(key)
                    .measuresByTerm()
                    .forEach(
                            (term, saved) -> {
                                if (!saved.isEmpty()) {
                                    byTerm.put(
                                            term,
                                            replaced(
                                                    t.measuresOf(term),
                                                    saved,
                                                    old,
                                                    MeasureOrder.BY_STATUS));
                                }
                            });
            taxonomies.put(key, new Taxonomy(key, t.terms(), byTerm));
        }
        return new Site(
                        before.config(),
                        before.buildDate(),
                        replaced(before.measures(), partial.measures(), old, BY_SLUG),
                        before.pages(),
                        taxonomies,
                        before.chambers(),
                        before.synonyms())
                .withHistory(before.history())
                .withFigures(before.figures())
                .withSituations(before.situations())
                .withVocabulary(before.vocabulary());
    }

    /**
     * {@code list}, sorted by {@code order}, with each saved measure in place of its old version:
     * taken out and put back where its new title or dates sort it, by binary search, so that a list
     * of thousands is not sorted again.
     */
    private static List<Measure> replaced(
            List<Measure> list,
            List<Measure> saved,
            Map<String, Measure> old,
            Comparator<Measure> order) {
        List<Measure> copy = new ArrayList<>(list);
        for (Measure now : saved) {
            Measure was = old.get(now.slug());
            int at = Collections.binarySearch(copy, was, order);
            if (at < 0 || copy.get(at) != was) {
                at = identityIndex(copy, was);
            }
            copy.remove(at);
            int to = Collections.binarySearch(copy, now, order);
            copy.add(to < 0 ? -to - 1 : to, now);
        }
        return copy;
    }

    private static int identityIndex(List<Measure> list, Measure m) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == m) {
                return i;
            }
        }
        throw new IllegalStateException("mesure absente de la liste : " + m.slug());
    }

    private static boolean sameTerms(Measure a, Measure b) {
        return a.categories().equals(b.categories())
                && a.funders().equals(b.funders())
                && a.beneficiaries().equals(b.beneficiaries())
                && a.territories().equals(b.territories());
    }

    private static Site rebuilt(Site before, Site partial) {
        Set<String> slugs = new HashSet<>();
        partial.measures().forEach(m -> slugs.add(m.slug()));
        List<Measure> measures = new ArrayList<>(partial.measures());
        before.measures().stream().filter(m -> !slugs.contains(m.slug())).forEach(measures::add);
        return SiteBuilder.build(
                        partial.config(),
                        partial.buildDate(),
                        measures,
                        before.pages(),
                        terms(partial, TaxonomyKey.CATEGORIES, Category.class),
                        terms(partial, TaxonomyKey.FUNDERS, Funder.class),
                        terms(partial, TaxonomyKey.BENEFICIARIES, Beneficiary.class),
                        terms(partial, TaxonomyKey.TERRITORIES, Territory.class),
                        partial.chambers(),
                        partial.synonyms())
                .withHistory(partial.history())
                .withFigures(partial.figures())
                .withSituations(partial.situations())
                .withVocabulary(partial.vocabulary());
    }

    private static <T> List<T> terms(Site site, TaxonomyKey key, Class<T> type) {
        return site.taxonomy(key).terms().stream().map(type::cast).toList();
    }
}
