package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Page;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which output files show a measure, or use a template: what a preview rebuild re-renders. A body
 * edit (the common case) touches the measure's own page and the site-wide exports; a change that
 * shows in lists (title, dates, funders…) also touches the home page, the list of measures and the
 * taxonomy pages the measure is or was on.
 */
final class AffectedPages {
    /** Files rebuilt on every content change: they hold every measure or its body. */
    static final Set<String> SITE_WIDE =
            Set.of(
                    SitePaths.FEED,
                    SitePaths.JSON_EXPORT,
                    SitePaths.CSV_EXPORT,
                    SitePaths.CALENDAR,
                    SitePaths.BUILD_MANIFEST,
                    "sitemap.xml");

    private AffectedPages() {}

    /** The pages that show {@code slug}, before ({@code before}, may lack it) and after. */
    static Set<String> ofMeasure(Site before, Site after, String slug) {
        Set<String> paths = new HashSet<>(SITE_WIDE);
        paths.add(SitePaths.measure(slug));
        Measure old = find(before, slug);
        Measure now = find(after, slug);
        if (old != null && now != null && listed(old).equals(listed(now))) {
            return paths;
        }
        paths.add(SitePaths.home());
        paths.add(SitePaths.measures());
        // counts by status, funder and category; the history page repeats the title
        paths.add(SitePaths.figures());
        paths.add(SitePaths.measureHistory(slug));
        for (Site site : List.of(before, after)) {
            site.situations().forEach(s -> paths.add(SitePaths.situation(s.id())));
        }
        for (TaxonomyKey key : TaxonomyKey.values()) {
            paths.add(SitePaths.taxonomy(key));
            for (Site site : List.of(before, after)) {
                for (Term term : site.taxonomy(key).terms()) {
                    if (site.taxonomy(key).measuresOf(term.id()).stream()
                            .anyMatch(m -> m.slug().equals(slug))) {
                        paths.add(SitePaths.term(key, term.id()));
                        if (key == TaxonomyKey.TERRITORIES) {
                            paths.add(SitePaths.territoryCalendar(term.id()));
                            paths.add(SitePaths.territoryFeed(term.id()));
                        }
                    }
                }
            }
        }
        return paths;
    }

    /**
     * The pages a template produces; every page for the layout and the shared macros, whose names
     * are not a page template's.
     */
    static Set<String> ofTemplate(Site site, String template) {
        Set<String> paths = new HashSet<>();
        switch (template) {
            case "home.ftlh" -> paths.add(SitePaths.home());
            case "measures.ftlh" -> paths.add(SitePaths.measures());
            case "measure.ftlh" ->
                    site.measures().forEach(m -> paths.add(SitePaths.measure(m.slug())));
            case "contacts.ftlh" -> paths.add(SitePaths.contacts());
            case "situation.ftlh" ->
                    site.situations().forEach(s -> paths.add(SitePaths.situation(s.id())));
            case "page.ftlh" ->
                    site.pages().stream().map(Page::slug).map(SitePaths::page).forEach(paths::add);
            case "404.ftlh" -> paths.add("404.html");
            case "figures.ftlh" -> paths.add(SitePaths.figures());
            case "open-data.ftlh" -> paths.add(SitePaths.openData());
            case "history.ftlh" ->
                    site.measures().forEach(m -> paths.add(SitePaths.measureHistory(m.slug())));
            case "taxonomy.ftlh" -> {
                for (TaxonomyKey key : TaxonomyKey.values()) {
                    paths.add(SitePaths.taxonomy(key));
                }
            }
            case "term.ftlh" -> {
                for (TaxonomyKey key : TaxonomyKey.values()) {
                    site.taxonomy(key).terms().forEach(t -> paths.add(SitePaths.term(key, t.id())));
                }
            }
            default -> {
                return null;
            }
        }
        return paths;
    }

    private static Measure find(Site site, String slug) {
        return site.measures().stream().filter(m -> m.slug().equals(slug)).findFirst().orElse(null);
    }

    /** Everything of a measure that lists and exports may show: all but its body. */
    private static List<Object> listed(Measure m) {
        return Arrays.asList(
                m.title(),
                m.summary(),
                m.level(),
                m.funders(),
                m.categories(),
                m.beneficiaries(),
                m.territories(),
                m.amount(),
                m.amountMax(),
                m.opens(),
                m.closes(),
                m.status(),
                m.applyUrl(),
                m.sources(),
                m.contact(),
                m.updated(),
                m.reviewed(),
                m.tags(),
                m.draft());
    }
}
