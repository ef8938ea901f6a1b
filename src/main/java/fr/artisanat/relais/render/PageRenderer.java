package fr.artisanat.relais.render;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Page;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Renders the whole {@link Site} into output files through the FreeMarker templates of {@code
 * templates/}. The FreeMarker configuration is built once and shared; each page gets its own data
 * model. A template mistake is reported with the template's line and the page being rendered, not
 * thrown.
 */
public final class PageRenderer {
    static final List<String> TEMPLATES =
            List.of(
                    "home.ftlh",
                    "measure.ftlh",
                    "measures.ftlh",
                    "taxonomy.ftlh",
                    "term.ftlh",
                    "contacts.ftlh",
                    "page.ftlh",
                    "404.ftlh",
                    "search.ftlh",
                    "open-data.ftlh",
                    "history.ftlh",
                    "figures.ftlh");
    private static final int LATEST_COUNT = 6;

    private final Path templatesDir;
    private final String displayDir;
    private final Configuration freemarker;

    public PageRenderer(Path templatesDir) {
        this.templatesDir = templatesDir.toAbsolutePath().normalize();
        this.displayDir = this.templatesDir.getFileName().toString();
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setDirectoryForTemplateLoading(this.templatesDir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.FRANCE);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        this.freemarker = cfg;
    }

    /** Every file of the site, in a stable order; empty with diagnostics on template errors. */
    public List<OutputFile> render(Site site, Diagnostics diagnostics) {
        return render(site, path -> true, diagnostics);
    }

    /**
     * Only the files whose output path {@code selection} accepts, for the preview's incremental
     * rebuilds: a page that is not selected is neither modelled nor rendered. The sitemap still
     * lists every page of the site.
     */
    public List<OutputFile> render(
            Site site, Predicate<String> selection, Diagnostics diagnostics) {
        Map<String, Template> templates = loadTemplates(diagnostics);
        if (templates == null) {
            return List.of();
        }
        ViewBuilder views = new ViewBuilder(site);
        Pages pages = new Pages(site, views, templates, selection, diagnostics);
        pages.render();
        List<OutputFile> files = new ArrayList<>(pages.files);
        if (selection.test(SitemapRenderer.SITEMAP)) {
            files.add(SitemapRenderer.sitemap(site, pages.allPaths));
        }
        if (selection.test(SitemapRenderer.ROBOTS)) {
            files.add(SitemapRenderer.robots(site));
        }
        if (selection.test(SitePaths.FEED)) {
            files.add(FeedRenderer.render(site));
        }
        if (selection.test(SitePaths.JSON_EXPORT)) {
            files.add(JsonExportRenderer.render(site));
        }
        if (selection.test(SitePaths.JSON_SCHEMA)) {
            files.add(JsonSchemaRenderer.render(site));
        }
        if (selection.test(SitePaths.CSV_EXPORT)) {
            files.add(CsvExportRenderer.render(site));
        }
        files.addAll(SubscriptionsRenderer.render(site, selection));
        if (selection.test(SitePaths.BUILD_MANIFEST)) {
            files.add(BuildManifestRenderer.render(site));
        }
        assets(diagnostics).stream().filter(f -> selection.test(f.path())).forEach(files::add);
        return diagnostics.hasErrors() ? List.of() : List.copyOf(files);
    }

    private Map<String, Template> loadTemplates(Diagnostics diagnostics) {
        Map<String, Template> templates = new HashMap<>();
        boolean ok = true;
        for (String name : TEMPLATES) {
            try {
                templates.put(name, freemarker.getTemplate(name));
            } catch (TemplateNotFoundException e) {
                diagnostics.error(
                        SourcePosition.ofFile(displayDir + "/" + name),
                        "gabarit manquant : créez " + displayDir + "/" + name);
                ok = false;
            } catch (ParseException e) {
                diagnostics.error(
                        new SourcePosition(
                                displayDir + "/" + name, e.getLineNumber(), e.getColumnNumber()),
                        "erreur de syntaxe dans le gabarit : " + e.getEditorMessage());
                ok = false;
            } catch (IOException e) {
                diagnostics.error(
                        SourcePosition.ofFile(displayDir + "/" + name),
                        "gabarit illisible : " + e.getMessage());
                ok = false;
            }
        }
        return ok ? templates : null;
    }

    /** Copies {@code templates/assets/} to {@code assets/} as it is. */
    private List<OutputFile> assets(Diagnostics diagnostics) {
        Path dir = templatesDir.resolve("assets");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<OutputFile> files = new ArrayList<>();
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = templatesDir.relativize(p).toString().replace('\\', '/');
                files.add(new OutputFile(rel, Files.readAllBytes(p)));
            }
            return files;
        } catch (IOException e) {
            diagnostics.error(
                    SourcePosition.ofFile(displayDir + "/assets"),
                    "lecture impossible des fichiers statiques : " + e.getMessage());
            return List.of();
        }
    }

    /** The per-build rendering state: which pages exist and how each one is produced. */
    private final class Pages {
        private final Site site;
        private final ViewBuilder views;
        private final Map<String, Template> templates;
        private final Diagnostics diagnostics;
        private final Predicate<String> selection;
        private final List<OutputFile> files = new ArrayList<>();
        private final List<String> allPaths = new ArrayList<>();
        private final Map<String, TemplateError> templateErrors = new LinkedHashMap<>();

        Pages(
                Site site,
                ViewBuilder views,
                Map<String, Template> templates,
                Predicate<String> selection,
                Diagnostics diagnostics) {
            this.site = site;
            this.views = views;
            this.templates = templates;
            this.selection = selection;
            this.diagnostics = diagnostics;
        }

        void render() {
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
                                        JsonLdRenderer.render(site, m)));
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
                                            RevisionView.of(
                                                    site.history(m.slug()), Integer.MAX_VALUE)));
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
                            model.description(),
                            key.field(),
                            () -> termModel(key, taxonomy, term, model));
                }
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
            page("404.ftlh", "404.html", "Page introuvable", null, "404", Map::of);
            page(
                    "search.ftlh",
                    SitePaths.search(),
                    "Rechercher une mesure",
                    "Rechercher parmi les mesures de soutien aux entreprises artisanales.",
                    "search",
                    () -> Map.of("taxonomyViews", views.taxonomies()));
            reportTemplateErrors();
        }

        /** A département's page also links to its own calendar and feed. */
        private Map<String, Object> termModel(
                TaxonomyKey key, TaxonomyView taxonomy, TermView term, Term model) {
            Map<String, Object> values = new HashMap<>();
            values.put("taxonomy", taxonomy);
            values.put("term", term);
            values.put("measures", views.measures(site.taxonomy(key).measuresOf(term.id())));
            if (SubscriptionsRenderer.hasOwnFiles(model)) {
                values.put("territoryFeedUrl", SitePaths.territoryFeed(term.id()));
                values.put("territoryCalendarUrl", SitePaths.territoryCalendar(term.id()));
            }
            return values;
        }

        /** One diagnostic per template mistake, not one per page it broke. */
        private void reportTemplateErrors() {
            for (TemplateError e : templateErrors.values()) {
                diagnostics.error(
                        e.position,
                        "erreur dans le gabarit en produisant "
                                + e.firstPage
                                + (e.count > 1 ? " (et " + (e.count - 1) + " autres pages)" : "")
                                + " : "
                                + e.message);
            }
        }

        private void page(
                String template,
                String path,
                String title,
                String description,
                String section,
                Map<String, Object> extra) {
            page(template, path, title, description, section, () -> extra);
        }

        /** Builds the page's model only when the page is selected. */
        private void page(
                String template,
                String path,
                String title,
                String description,
                String section,
                Supplier<Map<String, Object>> extra) {
            allPaths.add(path);
            if (!selection.test(path)) {
                return;
            }
            String root = path.equals("404.html") ? basePath() : SitePaths.rootOf(path);
            PageMeta meta =
                    new PageMeta(
                            title,
                            description,
                            SitePaths.absolute(site.config().baseUrl(), path),
                            section,
                            SitePaths.FEED);
            Map<String, Object> model = new HashMap<>(extra.get());
            model.put("root", root);
            model.put("site", views.site());
            model.put("page", meta);
            StringWriter out = new StringWriter(16 * 1024);
            try {
                templates.get(template).process(model, out);
                files.add(new OutputFile(path, out.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (TemplateException e) {
                String source =
                        e.getTemplateSourceName() == null ? template : e.getTemplateSourceName();
                SourcePosition at =
                        new SourcePosition(
                                displayDir + "/" + source,
                                e.getLineNumber() == null ? 0 : e.getLineNumber(),
                                e.getColumnNumber() == null ? 0 : e.getColumnNumber());
                templateErrors.computeIfAbsent(
                                at + " " + firstLine(e.getMessageWithoutStackTop()),
                                k ->
                                        new TemplateError(
                                                at, firstLine(e.getMessageWithoutStackTop()), path))
                        .count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The path part of base_url: {@code 404.html} is served at any depth. */
        private String basePath() {
            String p = URI.create(site.config().baseUrl()).getPath();
            return p == null || p.isEmpty() ? "/" : p;
        }
    }

    /** A template mistake and how many pages it broke. */
    private static final class TemplateError {
        final SourcePosition position;
        final String message;
        final String firstPage;
        int count;

        TemplateError(SourcePosition position, String message, String firstPage) {
            this.position = position;
            this.message = message;
            this.firstPage = firstPage;
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
