package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.markdown.MarkdownRenderer;
import fr.artisanat.relais.model.BodyLink;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Page;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.output.OutputWriter;
import fr.artisanat.relais.postprocess.BrokenLink;
import fr.artisanat.relais.postprocess.HtmlSanitizer;
import fr.artisanat.relais.postprocess.InternalLinkChecker;
import fr.artisanat.relais.postprocess.SearchIndexBuilder;
import fr.artisanat.relais.render.OutputFile;
import fr.artisanat.relais.render.PageRenderer;
import fr.artisanat.relais.search.FrenchAnalyzer;
import fr.artisanat.relais.source.SourceLoader;
import fr.artisanat.relais.source.SourceSet;
import fr.artisanat.relais.validate.SiteValidator;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build: {@code Path → SourceSet → Site → List<OutputFile> → disk}. Each stage reports into one
 * {@link Diagnostics}; the pipeline stops after a stage that reported errors, so nothing is written
 * unless everything succeeded.
 */
public final class Pipeline {
    private final SourceLoader loader = new SourceLoader();
    private final SiteValidator validator;
    private final OutputWriter writer = new OutputWriter();

    public Pipeline() {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        this.validator = new SiteValidator(new MarkdownRenderer(sanitizer::clean));
    }

    /** Validates and renders; writes {@code options.out()} only when {@code write} is true. */
    public BuildResult run(BuildOptions options, boolean write) throws IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Optional<Site> site = validate(options, diagnostics);
        if (site.isEmpty()) {
            return result(diagnostics, null, List.of(), false, start);
        }
        List<OutputFile> files =
                new PageRenderer(options.templates()).render(site.get(), diagnostics);
        if (diagnostics.hasErrors()) {
            return result(diagnostics, site.get(), List.of(), false, start);
        }
        reportBrokenLinks(
                site.get(),
                files,
                options.out().toAbsolutePath().normalize().getFileName().toString(),
                diagnostics);
        if (diagnostics.hasErrors() || (options.strict() && !diagnostics.isEmpty())) {
            return result(diagnostics, site.get(), List.of(), false, start);
        }
        files = withSearchIndex(site.get(), files);
        if (write) {
            writer.write(options.out(), files, List.of(options.content(), options.templates()));
        }
        return result(diagnostics, site.get(), files, write, start);
    }

    /** The pages plus the search index, built from the same model (see SearchIndexBuilder). */
    private static List<OutputFile> withSearchIndex(Site site, List<OutputFile> files) {
        List<OutputFile> all = new ArrayList<>(files);
        all.addAll(new SearchIndexBuilder(new FrenchAnalyzer()).build(site));
        return List.copyOf(all);
    }

    /**
     * Reads and validates only, for commands that need the model but write nothing ({@code relais
     * report}).
     */
    public Optional<Site> validate(BuildOptions options, Diagnostics diagnostics) {
        SourceSet sources = loader.load(options.content(), diagnostics);
        Optional<Site> site =
                validator.validate(sources, options.asOf(), options.includeDrafts(), diagnostics);
        return diagnostics.hasErrors() ? Optional.empty() : site;
    }

    private static BuildResult result(
            Diagnostics d, Site site, List<OutputFile> files, boolean written, long start) {
        return new BuildResult(d, site, files, written, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Reports each broken internal link at the content line it came from when it was written in
     * Markdown, else at the generated page (a template's link).
     */
    private static void reportBrokenLinks(
            Site site, List<OutputFile> files, String outName, Diagnostics diagnostics) {
        reportLinks(site, linkChecker(site).check(files), outName, diagnostics);
    }

    static InternalLinkChecker linkChecker(Site site) {
        String basePath = URI.create(site.config().baseUrl()).getPath();
        return new InternalLinkChecker(basePath == null || basePath.isEmpty() ? "/" : basePath);
    }

    static void reportLinks(
            Site site, List<BrokenLink> broken, String outName, Diagnostics diagnostics) {
        if (broken.isEmpty()) {
            return; // the usual case, and the preview's: no need to index every measure's links
        }
        Map<String, Map<String, BodyLink>> origins = new HashMap<>();
        for (Measure m : site.measures()) {
            origins.put(SitePaths.measure(m.slug()), linkPositions(m.body().links()));
        }
        for (Page p : site.pages()) {
            origins.put(SitePaths.page(p.slug()), linkPositions(p.body().links()));
        }
        for (BrokenLink link : broken) {
            BodyLink origin = origins.getOrDefault(link.page(), Map.of()).get(link.href());
            if (origin != null) {
                // the destination as the editor wrote it, not the rewritten href
                diagnostics.error(
                        origin.position(),
                        "lien vers « " + origin.destination() + " » : " + link.reason());
            } else {
                diagnostics.error(
                        new SourcePosition(outName + "/" + link.page(), link.line(), 0),
                        "lien interne cassé « "
                                + link.href()
                                + " » : "
                                + link.reason()
                                + " (lien écrit dans un gabarit de templates/)");
            }
        }
    }

    private static Map<String, BodyLink> linkPositions(List<BodyLink> links) {
        Map<String, BodyLink> positions = new HashMap<>();
        for (var l : links) {
            if (l.href() != null) {
                positions.putIfAbsent(l.href(), l);
            }
        }
        return positions;
    }
}
