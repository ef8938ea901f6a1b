package fr.artisanat.relais.model;

import java.util.List;
import java.util.Map;

/**
 * One taxonomy with its terms in file order and, for each term id, the published measures that
 * belong to it, open ones first. For territories a term also holds the measures of its ancestors:
 * an artisan of Ariège can use the regional and national measures too.
 */
public record Taxonomy(
        TaxonomyKey key, List<Term> terms, Map<String, List<Measure>> measuresByTerm) {

    public Taxonomy {
        terms = List.copyOf(terms);
        measuresByTerm = Map.copyOf(measuresByTerm);
    }

    public List<Measure> measuresOf(String termId) {
        return measuresByTerm.getOrDefault(termId, List.of());
    }
}
