package fr.artisanat.relais.render;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SourcePosition;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Predicate;

/**
 * Renders the whole {@link Site} into output files through the FreeMarker templates of {@code
 * templates/}. The FreeMarker configuration and the templates are built once and shared by the
 * threads that render pages; each page gets its own data model. A template mistake is reported with
 * the template's line and the page being rendered, not thrown.
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
                    "figures.ftlh",
                    "situation.ftlh");

    private final Path templatesDir;
    private final String displayDir;
    private final Configuration freemarker;

    public PageRenderer(Path templatesDir) {
        this.templatesDir = templatesDir.toAbsolutePath().normalize();
        this.displayDir = this.templatesDir.getFileName().toString();
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        if (Files.isDirectory(this.templatesDir)) {
            try {
                cfg.setDirectoryForTemplateLoading(this.templatesDir.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } // else prepare() says the folder is missing
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

    /**
     * Starts parsing the templates on another thread, for example while the content is validated;
     * {@link #prepare} then finds them parsed (FreeMarker keeps them), or reports their mistakes as
     * it would have.
     */
    public void parseAhead() {
        if (!Files.isDirectory(templatesDir)) {
            return;
        }
        Thread parser =
                new Thread(
                        () -> {
                            for (String name : TEMPLATES) {
                                try {
                                    freemarker.getTemplate(name);
                                } catch (IOException | RuntimeException e) {
                                    // reported by prepare(), which asks again
                                }
                            }
                        },
                        "relais-templates");
        parser.setDaemon(true);
        parser.start();
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
        SiteRendering rendering = prepare(site, diagnostics);
        if (rendering == null) {
            return List.of();
        }
        List<OutputFile> files = rendering.collect(selection);
        return diagnostics.hasErrors() ? List.of() : files;
    }

    /**
     * Loads the templates and lists every file of the site without rendering anything yet, for the
     * full build, which then renders the pages in parallel straight to disk ({@link
     * SiteRendering#render}). Null, with diagnostics, when a template is missing or does not parse.
     */
    public SiteRendering prepare(Site site, Diagnostics diagnostics) {
        Map<String, Template> templates = loadTemplates(diagnostics);
        if (templates == null) {
            return null;
        }
        ViewBuilder views = new ViewBuilder(site);
        return new SiteRendering(
                site,
                views,
                PagePlan.of(site, views),
                templates,
                this::assets,
                diagnostics,
                displayDir);
    }

    private Map<String, Template> loadTemplates(Diagnostics diagnostics) {
        if (!Files.isDirectory(templatesDir)) {
            diagnostics.error(
                    SourcePosition.ofFile(displayDir),
                    "dossier des gabarits introuvable : "
                            + templatesDir
                            + " (option --templates, par défaut le dossier templates du projet)");
            return null;
        }
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

    /** Copies {@code templates/assets/} to {@code assets/} as it is (regular files only). */
    private List<OutputFile> assets(Diagnostics diagnostics) {
        return AssetFiles.read(templatesDir, displayDir, diagnostics);
    }
}
