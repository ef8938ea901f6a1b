package fr.artisanat.relais.render;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.SourcePosition;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One build's rendering, prepared by {@link PageRenderer#prepare}: it knows every file the site
 * will have before rendering any, and renders the pages in parallel (on the fork-join pool the
 * caller runs in), handing each file to a {@link FileSink} as soon as it is made so the site never
 * sits in memory as a whole. The files are the same whatever the order or the number of threads.
 */
public final class SiteRendering {
    /** Where rendered files go; called from several threads at once. */
    @FunctionalInterface
    public interface FileSink {
        void accept(OutputFile file) throws IOException;
    }

    private final Site site;
    private final ViewBuilder views;
    private final List<PagePlan.Job> jobs;
    private final Map<String, Template> templates;
    private final Function<Diagnostics, List<OutputFile>> assets;
    private final Diagnostics diagnostics;
    private final String displayDir;
    private final Map<String, TemplateError> templateErrors = new HashMap<>();
    private final FragmentCache cache = new FragmentCache();
    private final BrandView brand;

    SiteRendering(
            Site site,
            ViewBuilder views,
            List<PagePlan.Job> jobs,
            Map<String, Template> templates,
            Function<Diagnostics, List<OutputFile>> assets,
            Diagnostics diagnostics,
            String displayDir) {
        this.site = site;
        this.views = views;
        this.jobs = jobs;
        this.templates = templates;
        this.assets = assets;
        this.diagnostics = diagnostics;
        this.displayDir = displayDir;
        this.brand = BrandView.of(site.config().title());
    }

    /** The number of HTML pages. */
    public int pageCount() {
        return jobs.size();
    }

    /** The paths of the HTML pages, in the plan's order. */
    public List<String> pagePaths() {
        return jobs.stream().map(PagePlan.Job::path).toList();
    }

    /**
     * The files that are not pages (sitemap, robots.txt, feeds, open data, calendars, assets),
     * handed to {@code sink} one by one as they are made: together they can weigh hundreds of
     * megabytes on a large site (one calendar per département), so they are never all held.
     */
    public void writeOtherFiles(FileSink sink) throws IOException {
        try {
            otherFiles(path -> true, file -> uncheckedAccept(sink, file));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void uncheckedAccept(FileSink sink, OutputFile file) {
        try {
            sink.accept(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void otherFiles(Predicate<String> selection, Consumer<OutputFile> files) {
        if (selection.test(SitemapRenderer.SITEMAP)) {
            // a large site's sitemap-N.xml parts go with their index
            SitemapRenderer.sitemaps(site, pagePaths()).forEach(files);
        }
        if (selection.test(SitemapRenderer.ROBOTS)) {
            files.accept(SitemapRenderer.robots(site));
        }
        if (selection.test(SitePaths.FEED)) {
            files.accept(FeedRenderer.render(site));
        }
        if (selection.test(SitePaths.JSON_EXPORT)) {
            files.accept(JsonExportRenderer.render(site));
        }
        if (selection.test(SitePaths.JSON_SCHEMA)) {
            files.accept(JsonSchemaRenderer.render(site));
        }
        if (selection.test(SitePaths.CSV_EXPORT)) {
            files.accept(CsvExportRenderer.render(site));
        }
        SubscriptionsRenderer.render(site, selection, files);
        if (selection.test(SitePaths.BUILD_MANIFEST)) {
            files.accept(BuildManifestRenderer.render(site));
        }
        assets.apply(diagnostics).stream().filter(f -> selection.test(f.path())).forEach(files);
    }

    /**
     * Renders every page into {@code sink}, in parallel; template errors go to the diagnostics (one
     * per mistake, not one per page) and their pages are skipped.
     *
     * @param progress called once per page rendered, from any thread
     */
    public void render(FileSink sink, Runnable progress) throws IOException {
        try {
            jobs.parallelStream()
                    .forEach(
                            job -> {
                                OutputFile file = page(job);
                                if (file != null) {
                                    try {
                                        sink.accept(file);
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    }
                                }
                                progress.run();
                            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        reportTemplateErrors();
    }

    /** The selected files as a list in a stable order: pages first, then the other files. */
    List<OutputFile> collect(Predicate<String> selection) {
        OutputFile[] pages = new OutputFile[jobs.size()];
        jobs.parallelStream()
                .filter(job -> selection.test(job.path()))
                .forEach(job -> pages[job.index()] = page(job));
        reportTemplateErrors();
        List<OutputFile> files = new ArrayList<>();
        Arrays.stream(pages).filter(f -> f != null).forEach(files::add);
        otherFiles(selection, files::add);
        return List.copyOf(files);
    }

    /** One diagnostic per template mistake, not one per page it broke. */
    private void reportTemplateErrors() {
        List<TemplateError> errors;
        synchronized (templateErrors) {
            errors = new ArrayList<>(templateErrors.values());
            templateErrors.clear();
        }
        errors.sort((a, b) -> Integer.compare(a.firstIndex, b.firstIndex));
        for (TemplateError e : errors) {
            diagnostics.error(
                    e.position,
                    "erreur dans le gabarit en produisant "
                            + e.firstPage
                            + (e.count > 1 ? " (et " + (e.count - 1) + " autres pages)" : "")
                            + " : "
                            + e.message);
        }
    }

    /** Renders one page; null when its template failed (recorded for the report). */
    private OutputFile page(PagePlan.Job job) {
        String root = job.path().equals("404.html") ? basePath() : SitePaths.rootOf(job.path());
        PageMeta meta =
                new PageMeta(
                        job.title(),
                        job.description(),
                        SitePaths.absolute(site.config().baseUrl(), job.path()),
                        job.section(),
                        SitePaths.FEED);
        Map<String, Object> model = new HashMap<>(job.extra().get());
        model.put("root", root);
        model.put("site", views.site());
        model.put("brand", brand);
        model.put("page", meta);
        model.put("cache", cache);
        PageBuffer buffer = new PageBuffer();
        try (TypesettingWriter page = new TypesettingWriter(buffer)) {
            templates.get(job.template()).process(model, page);
        } catch (TemplateException e) {
            recordError(job, e);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputFile(job.path(), buffer.bytes());
    }

    private void recordError(PagePlan.Job job, TemplateException e) {
        String source =
                e.getTemplateSourceName() == null ? job.template() : e.getTemplateSourceName();
        SourcePosition at =
                new SourcePosition(
                        displayDir + "/" + source,
                        e.getLineNumber() == null ? 0 : e.getLineNumber(),
                        e.getColumnNumber() == null ? 0 : e.getColumnNumber());
        String message = firstLine(e.getMessageWithoutStackTop());
        synchronized (templateErrors) {
            TemplateError error =
                    templateErrors.computeIfAbsent(
                            at + " " + message,
                            k -> new TemplateError(at, message, job.path(), job.index()));
            if (job.index() < error.firstIndex) {
                error.firstIndex = job.index();
                error.firstPage = job.path();
            }
            error.count++;
        }
    }

    /** The path part of base_url: {@code 404.html} is served at any depth. */
    private String basePath() {
        String p = URI.create(site.config().baseUrl()).getPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A template mistake and how many pages it broke. */
    private static final class TemplateError {
        final SourcePosition position;
        final String message;
        String firstPage;
        int firstIndex;
        int count;

        TemplateError(SourcePosition position, String message, String firstPage, int firstIndex) {
            this.position = position;
            this.message = message;
            this.firstPage = firstPage;
            this.firstIndex = firstIndex;
        }
    }
}
