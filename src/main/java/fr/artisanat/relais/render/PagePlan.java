package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.MeasureOrder;
import fr.artisanat.relais.model.Page;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.Situation;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every HTML page of the site, in a stable order, each with its template and a recipe for its data
 * model. The list is made before any page is rendered, so the pages can be rendered in any order
 * (in parallel) while the link check already knows every path; a page's model is built only when it
 * is rendered.
 */
final class PagePlan {
    private static final int LATEST_COUNT = 6;

    /**
     * One page to render.
     *
     * @param index its place in the plan, to report a template error at the first page it broke
     */
    record Job(
            int index,
            String template,
            String path,
            String title,
            String description,
            String section,
            Supplier<Map<String, Object>> extra) {}

    private final Site site;
    private final ViewBuilder views;
    private final List<Job> jobs = new ArrayList<>();

    private PagePlan(Site site, ViewBuilder views) {
        this.site = site;
        this.views = views;
    }

    static List<Job> of(Site site, ViewBuilder views) {
        PagePlan plan = new PagePlan(site, views);
        plan.plan();
        return List.copyOf(plan.jobs);
    }

    private void plan() {
        page(
                "home.ftlh",
                SitePaths.home(),
                site.config().title(),
                site.config().tagline(),
                "home",
                () -> {
                    Map<String, Object> home = new LinkedHashMap<>();
                    home.put("openMeasures", views.openMeasures());
                    home.put("openCandidates", views.openCandidates());
                    home.put("latestMeasures", views.latestMeasures(LATEST_COUNT));
                    home.put("taxonomyViews", views.taxonomies());
                    home.put("stats", views.stats());
                    home.put("situations", SituationView.all(site));
                    return home;
                });
        page(
                "measures.ftlh",
                SitePaths.measures(),
                "Toutes les mesures",
                "Toutes les mesures de soutien aux entreprises artisanales, ouvertes, à venir et closes.",
                "measures",
                () -> Map.of("measures", views.allMeasures(), "stats", views.stats()));
        for (Measure m : site.measures()) {
            page(
                    "measure.ftlh",
                    SitePaths.measure(m.slug()),
                    m.title(),
                    m.summary(),
                    "measures",
                    () ->
                            Map.of(
                                    "measure",
                                    views.measure(m.slug()),
                                    "jsonLd",
                                    JsonLdRenderer.render(site, m),
                                    "jumps",
                                    MeasureJumps.of(m.body().html())));
            if (views.measure(m.slug()).historyUrl() != null) {
                page(
                        "history.ftlh",
                        SitePaths.measureHistory(m.slug()),
                        "Historique des modifications — " + m.title(),
                        null,
                        "measures",
                        () ->
                                Map.of(
                                        "measure",
                                        views.measure(m.slug()),
                                        "revisions",
                                        views.revisions(m.slug(), Integer.MAX_VALUE)));
            }
        }
        for (TaxonomyKey key : TaxonomyKey.values()) {
            TaxonomyView taxonomy = views.taxonomy(key);
            page(
                    "taxonomy.ftlh",
                    SitePaths.taxonomy(key),
                    key.title(),
                    taxonomy.intro(),
                    key.field(),
                    () -> Map.of("taxonomy", taxonomy));
            for (TermView term : taxonomy.terms()) {
                Term model = site.term(key, term.id()).orElseThrow();
                page(
                        "term.ftlh",
                        SitePaths.term(key, term.id()),
                        term.name(),
                        model.description() != null
                                ? model.description()
                                : "Les mesures de soutien aux entreprises artisanales : "
                                        + term.name()
                                        + ", ouvertes, à venir et closes.",
                        key.field(),
                        () -> termModel(key, taxonomy, term, model));
            }
        }
        for (Situation s : site.situations()) {
            if (s.page() != null) {
                continue;
            }
            page(
                    "situation.ftlh",
                    SitePaths.situation(s.id()),
                    s.title(),
                    s.text(),
                    "situation",
                    () -> {
                        List<MeasureView> listed =
                                views.measures(
                                        site.measures().stream()
                                                .filter(s::selects)
                                                .sorted(MeasureOrder.BY_STATUS)
                                                .toList());
                        return Map.of(
                                "situation",
                                SituationView.of(s),
                                "measures",
                                listed,
                                "groups",
                                StatusGroup.of(listed));
                    });
        }
        page(
                "contacts.ftlh",
                SitePaths.contacts(),
                "Contacts",
                "Le numéro régional et les chambres de métiers et de l'artisanat d'Occitanie.",
                "contacts",
                () -> Map.of("chambers", views.chambers()));
        for (Page p : site.pages()) {
            page(
                    "page.ftlh",
                    SitePaths.page(p.slug()),
                    p.title(),
                    p.summary(),
                    "page",
                    () -> Map.of("content", views.page(p)));
        }
        page(
                "open-data.ftlh",
                SitePaths.openData(),
                "Données ouvertes",
                "Les mesures en fichiers JSON et CSV, leur schéma et le calendrier des"
                        + " échéances, sous Licence Ouverte 2.0.",
                "open-data",
                () -> Map.of("openData", OpenDataFields.view()));
        page(
                "figures.ftlh",
                SitePaths.figures(),
                "Chiffres",
                "Les mesures par statut, financeur et catégorie, et les aides versées par"
                        + " département, en graphiques et en tableaux.",
                "figures",
                () -> Map.of("charts", FigureViews.charts(site)));
        page(
                "404.ftlh",
                "404.html",
                "Page introuvable",
                "Cette page n'existe pas ou plus : retrouvez les mesures de soutien aux"
                        + " entreprises artisanales et le numéro régional des chambres.",
                "404",
                Map::of);
        page(
                "search.ftlh",
                SitePaths.search(),
                "Rechercher une mesure",
                "Rechercher parmi les mesures de soutien aux entreprises artisanales.",
                "search",
                () -> Map.of("taxonomyViews", views.taxonomies()));
    }

    /**
     * A territory's page lists its own measures and, up to a point, those of its region and of
     * France ({@link TerritoryListing}); a département's page also links to its own calendar and
     * feed.
     */
    private Map<String, Object> termModel(
            TaxonomyKey key, TaxonomyView taxonomy, TermView term, Term model) {
        Map<String, Object> values = new HashMap<>();
        values.put("taxonomy", taxonomy);
        values.put("term", term);
        List<MeasureView> listed;
        if (key == TaxonomyKey.TERRITORIES) {
            TerritoryListing listing = TerritoryListing.of(site, model);
            listed = views.measures(listing.listed());
            values.put("linkedTerritories", listing.linked());
            // the territory's own chamber, shown first
            views.chambers().stream()
                    .filter(c -> c.territory() != null && c.territory().id().equals(term.id()))
                    .findFirst()
                    .ifPresent(c -> values.put("chamber", c));
        } else {
            listed = views.measures(site.taxonomy(key).measuresOf(term.id()));
        }
        values.put("measures", listed);
        values.put("groups", StatusGroup.of(listed));
        if (SubscriptionsRenderer.hasOwnFiles(model)) {
            values.put("territoryFeedUrl", SitePaths.territoryFeed(term.id()));
            values.put("territoryCalendarUrl", SitePaths.territoryCalendar(term.id()));
            values.put("portalCalendarUrl", SitePaths.CALENDAR);
        }
        return values;
    }

    private void page(
            String template,
            String path,
            String title,
            String description,
            String section,
            Supplier<Map<String, Object>> extra) {
        jobs.add(new Job(jobs.size(), template, path, title, description, section, extra));
    }
}
