package fr.artisanat.relais.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole validated portal: the one model every stage after validation reads. Build it with
 * {@link SiteBuilder}, which computes the derived views once.
 *
 * @param measures published measures (drafts only when the build asked for them), by slug
 * @param pages editorial pages, by slug
 * @param taxonomies the four taxonomies with their measures
 * @param synonyms the editors' synonym groups for search ({@code data/synonyms.yml}, optional)
 * @param history the public history of each measure's file in git, by slug; empty outside git
 * @param figures the published figures of {@code data/chiffres.yml} (optional)
 * @param situations the home page's entry points of {@code data/situations.yml} (optional)
 * @param vocabulary the artisans' words for search ({@code data/vocabulary.yml}, optional)
 */
public record Site(
        SiteConfig config,
        LocalDate buildDate,
        List<Measure> measures,
        List<Page> pages,
        Map<TaxonomyKey, Taxonomy> taxonomies,
        List<Chamber> chambers,
        List<SynonymGroup> synonyms,
        Map<String, MeasureHistory> history,
        List<FigureSet> figures,
        List<Situation> situations,
        Vocabulary vocabulary) {

    public Site {
        measures = List.copyOf(measures);
        pages = List.copyOf(pages);
        taxonomies = Map.copyOf(taxonomies);
        chambers = List.copyOf(chambers);
        synonyms = List.copyOf(synonyms);
        history = Map.copyOf(history);
        figures = List.copyOf(figures);
        situations = List.copyOf(situations);
        vocabulary = vocabulary == null ? Vocabulary.EMPTY : vocabulary;
    }

    /** A site without history (built outside git). */
    public Site(
            SiteConfig config,
            LocalDate buildDate,
            List<Measure> measures,
            List<Page> pages,
            Map<TaxonomyKey, Taxonomy> taxonomies,
            List<Chamber> chambers,
            List<SynonymGroup> synonyms) {
        this(
                config,
                buildDate,
                measures,
                pages,
                taxonomies,
                chambers,
                synonyms,
                Map.of(),
                List.of(),
                List.of(),
                Vocabulary.EMPTY);
    }

    /** This site with the history of its measures' files. */
    public Site withHistory(Map<String, MeasureHistory> byslug) {
        return new Site(
                config,
                buildDate,
                measures,
                pages,
                taxonomies,
                chambers,
                synonyms,
                byslug,
                figures,
                situations,
                vocabulary);
    }

    /** This site with the figures of {@code data/chiffres.yml}. */
    public Site withFigures(List<FigureSet> sets) {
        return new Site(
                config,
                buildDate,
                measures,
                pages,
                taxonomies,
                chambers,
                synonyms,
                history,
                sets,
                situations,
                vocabulary);
    }

    /** This site with the entry points of {@code data/situations.yml}. */
    public Site withSituations(List<Situation> list) {
        return new Site(
                config,
                buildDate,
                measures,
                pages,
                taxonomies,
                chambers,
                synonyms,
                history,
                figures,
                list,
                vocabulary);
    }

    /** This site with the artisans' words of {@code data/vocabulary.yml}. */
    public Site withVocabulary(Vocabulary words) {
        return new Site(
                config,
                buildDate,
                measures,
                pages,
                taxonomies,
                chambers,
                synonyms,
                history,
                figures,
                situations,
                words);
    }

    /**
     * The changes of substance of this measure known on the build date, newest first: none outside
     * git, and none dated after the build date (a page built as of a day shows only what had
     * changed by then).
     */
    public List<Revision> history(String slug) {
        MeasureHistory h = history.get(slug);
        return h == null ? List.of() : h.asOf(buildDate);
    }

    /** A site without synonyms. */
    public Site(
            SiteConfig config,
            LocalDate buildDate,
            List<Measure> measures,
            List<Page> pages,
            Map<TaxonomyKey, Taxonomy> taxonomies,
            List<Chamber> chambers) {
        this(config, buildDate, measures, pages, taxonomies, chambers, List.of());
    }

    public Taxonomy taxonomy(TaxonomyKey key) {
        return taxonomies.get(key);
    }

    public Optional<Term> term(TaxonomyKey key, String id) {
        return taxonomy(key).terms().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Chamber> chamber(String id) {
        return chambers.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
