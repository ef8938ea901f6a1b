package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.output.StagingFolder;
import fr.artisanat.relais.postprocess.SearchIndexBuilder;
import fr.artisanat.relais.postprocess.StreamingLinkChecker;
import fr.artisanat.relais.render.OutputFile;
import fr.artisanat.relais.render.PageRenderer;
import fr.artisanat.relais.render.SiteRendering;
import fr.artisanat.relais.search.FrenchAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of {@link Pipeline}, on its fork-join pool: validate, list every file, write the small
 * files and the search index, then render the pages in parallel, each checked for broken links and
 * put into the staging folder at once. Only ids of pages stay in memory; the staging folder is
 * swapped in at the end if nothing was wrong, and deleted otherwise.
 */
final class FullBuild {
    private final Pipeline pipeline;
    private final BuildOptions options;
    private final boolean write;
    private final BuildProgress progress;
    private final Diagnostics diagnostics = new Diagnostics();
    private final long start = System.nanoTime();

    FullBuild(Pipeline pipeline, BuildOptions options, boolean write, BuildProgress progress) {
        this.pipeline = pipeline;
        this.options = options;
        this.write = write;
        this.progress = progress;
    }

    BuildResult run() throws IOException {
        progress.update("validation", 0, 0);
        Optional<Site> validated = pipeline.validate(options, diagnostics);
        if (validated.isEmpty()) {
            return result(null, 0, false);
        }
        Site site = validated.get();
        SiteRendering rendering = new PageRenderer(options.templates()).prepare(site, diagnostics);
        if (rendering == null) {
            return result(site, 0, false);
        }
        try (StagingFolder staging =
                write
                        ? pipeline.writer()
                                .open(
                                        options.out(),
                                        List.of(options.content(), options.templates()))
                        : null) {
            // Files other than pages go to the staging folder at once (a large site's calendars
            // weigh hundreds of megabytes); only their paths are kept, for the link check.
            Set<String> paths = new HashSet<>(rendering.pagePaths());
            List<OutputFile> htmlOthers = new ArrayList<>();
            SiteRendering.FileSink others =
                    f -> {
                        paths.add(f.path());
                        if (f.isHtml()) {
                            htmlOthers.add(f);
                        }
                        if (staging != null) {
                            staging.add(f);
                        }
                    };
            rendering.writeOtherFiles(others);
            progress.update("index de recherche", 0, site.measures().size());
            for (OutputFile f : new SearchIndexBuilder(FrenchAnalyzer::new).build(site)) {
                others.accept(f);
            }
            if (diagnostics.hasErrors()) {
                return result(site, 0, false);
            }
            StreamingLinkChecker links = Pipeline.linkChecker(site).streaming(paths);
            htmlOthers.forEach(links::accept);
            long total = rendering.pageCount();
            AtomicLong done = new AtomicLong();
            progress.update("pages", 0, total);
            rendering.render(
                    file -> {
                        links.accept(file);
                        if (staging != null) {
                            staging.add(file);
                        }
                    },
                    () -> progress.update("pages", done.incrementAndGet(), total));
            if (diagnostics.hasErrors()) {
                return result(site, 0, false);
            }
            progress.update("liens internes", 0, 0);
            Pipeline.reportLinks(site, links.finish(), outName(), diagnostics);
            if (diagnostics.hasErrors() || (options.strict() && !diagnostics.isEmpty())) {
                return result(site, 0, false);
            }
            if (staging != null) {
                staging.commit();
            }
            return result(site, total, write);
        }
    }

    private String outName() {
        return options.out().toAbsolutePath().normalize().getFileName().toString();
    }

    private BuildResult result(Site site, long pages, boolean written) {
        return new BuildResult(
                diagnostics, site, pages, written, (System.nanoTime() - start) / 1_000_000);
    }
}
