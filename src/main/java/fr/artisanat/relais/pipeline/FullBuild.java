package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.output.OutputLocation;
import fr.artisanat.relais.output.StagingFolder;
import fr.artisanat.relais.postprocess.StreamingLinkChecker;
import fr.artisanat.relais.render.OutputFile;
import fr.artisanat.relais.render.PageRenderer;
import fr.artisanat.relais.render.SiteRendering;
import fr.artisanat.relais.search.FrenchAnalyzer;
import fr.artisanat.relais.search.SearchIndexBuilder;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of {@link Pipeline}, on its fork-join pool: validate, then at the same time make the
 * files other than pages, the search index and the pages (those in parallel), each file checked for
 * broken links and put into the staging folder at once. Only ids of pages stay in memory; the
 * staging folder is swapped in at the end if nothing was wrong, and deleted otherwise.
 */
final class FullBuild {
    private static final boolean TIMINGS = Boolean.getBoolean("relais.timings");
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
        PageRenderer renderer = new PageRenderer(options.templates());
        renderer.parseAhead();
        Optional<Site> validated = pipeline.validate(options, diagnostics);
        if (validated.isEmpty()) {
            return result(null, 0, false);
        }
        Site site = validated.get();
        phase("lecture et validation");
        SiteRendering rendering = renderer.prepare(site, diagnostics);
        if (rendering == null) {
            return result(site, 0, false);
        }
        try (StagingFolder staging =
                write
                        ? pipeline.writer()
                                .open(
                                        options.out(),
                                        new OutputLocation(options.content(), options.templates()))
                        : null) {
            StreamingLinkChecker links =
                    Pipeline.linkChecker(site).streaming(Set.copyOf(rendering.pagePaths()));
            // The files other than pages (one at a time: a large site's calendars weigh hundreds
            // of megabytes) and the search index are made while the pages are: both cores stay
            // busy, and a thread waiting for the disk leaves its core to the others.
            SiteRendering.FileSink others =
                    f -> {
                        links.addPath(f.path());
                        links.accept(f);
                        if (staging != null) {
                            staging.add(f);
                        }
                    };
            ForkJoinTask<?> otherFiles =
                    ForkJoinTask.adapt(
                                    () -> {
                                        rendering.writeOtherFiles(others);
                                        phase("autres fichiers");
                                        return null;
                                    })
                            .fork();
            ForkJoinTask<?> searchIndex =
                    ForkJoinTask.adapt(
                                    () -> {
                                        for (OutputFile f :
                                                new SearchIndexBuilder(FrenchAnalyzer::new)
                                                        .build(site)) {
                                            others.accept(f);
                                        }
                                        phase("index de recherche");
                                        return null;
                                    })
                            .fork();
            long total = rendering.pageCount();
            AtomicLong done = new AtomicLong();
            progress.update("pages", 0, total);
            try {
                rendering.render(
                        file -> {
                            links.accept(file);
                            if (staging != null) {
                                staging.add(file);
                            }
                        },
                        () -> progress.update("pages", done.incrementAndGet(), total));
                phase("pages");
                Pipeline.await(otherFiles);
                Pipeline.await(searchIndex);
            } finally {
                // nothing may still write into the staging folder when it is deleted
                otherFiles.quietlyJoin();
                searchIndex.quietlyJoin();
            }
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

    /**
     * With {@code -Drelais.timings=true}, says on stderr when each phase ended: the phases overlap,
     * so this is what tells where a large build's time goes (see BENCHMARKS.md).
     */
    private void phase(String name) {
        if (TIMINGS) {
            System.err.printf(
                    "[temps] %s terminé à %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
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
