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
import fr.artisanat.relais.source.SourceLoader;
import fr.artisanat.relais.source.SourceSet;
import fr.artisanat.relais.validate.SiteValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * The build: {@code Path → SourceSet → Site → files on disk}. Each stage reports into one {@link
 * Diagnostics}; the pipeline stops after a stage that reported errors, and the output folder is
 * replaced only when everything succeeded.
 *
 * <p>The build runs on a fork-join pool as wide as the machine: reading, validating (Markdown), the
 * search index and the pages run in parallel, and each page goes from its template through the link
 * check into the staging folder at once, so the site's HTML is never held in memory as a whole. The
 * output does not depend on the number of threads.
 */
public final class Pipeline {
    private final SourceLoader loader = new SourceLoader();
    private final SiteValidator validator;
    private final OutputWriter writer = new OutputWriter();
    private final int parallelism;

    /** As many threads as processors, or {@code -Drelais.threads=N}. */
    public Pipeline() {
        this(Integer.getInteger("relais.threads", Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param parallelism how many threads build the site
     */
    public Pipeline(int parallelism) {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        this.validator = new SiteValidator(new MarkdownRenderer(sanitizer::clean));
        this.parallelism = Math.max(1, parallelism);
    }

    /** Validates and renders; writes {@code options.out()} only when {@code write} is true. */
    public BuildResult run(BuildOptions options, boolean write) throws IOException {
        return run(options, write, BuildProgress.SILENT);
    }

    /**
     * @param progress told what the build is doing, for a terminal (from any thread)
     */
    public BuildResult run(BuildOptions options, boolean write, BuildProgress progress)
            throws IOException {
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            return await(pool.submit(() -> new FullBuild(this, options, write, progress).run()));
        } finally {
            pool.shutdown();
        }
    }

    /** Waits for {@code task} and returns its result, rethrowing what it threw. */
    static <T> T await(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("construction interrompue", e);
        } catch (ExecutionException e) {
            Throwable cause = thrownByTask(e.getCause());
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * What the task itself threw. A fork-join task wraps a checked exception in a plain {@code
     * RuntimeException}, and {@code get()} wraps it once more for the waiting thread; rendering
     * carries I/O failures in {@link UncheckedIOException}. Unwrapped, a full disk or a refused
     * output folder reaches the command as the {@link IOException} it is, not as an internal error.
     */
    private static Throwable thrownByTask(Throwable thrown) {
        Throwable t = thrown;
        while (true) {
            if (t instanceof UncheckedIOException unchecked) {
                t = unchecked.getCause();
            } else if (t.getClass() == RuntimeException.class && t.getCause() != null) {
                t = t.getCause();
            } else {
                return t;
            }
        }
    }

    OutputWriter writer() {
        return writer;
    }

    /**
     * Reads and validates only, for commands that need the model but write nothing ({@code relais
     * report}).
     */
    public Optional<Site> validate(BuildOptions options, Diagnostics diagnostics) {
        SourceSet sources = loader.load(options.content(), diagnostics);
        Optional<Site> site =
                validator.validate(sources, options.asOf(), options.includeDrafts(), diagnostics);
        // the sources are dropped here: only the model goes on
        return diagnostics.hasErrors() ? Optional.empty() : site;
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
