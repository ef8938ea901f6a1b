package fr.artisanat.relais.serve;

import fr.artisanat.relais.diagnostic.Diagnostic;
import fr.artisanat.relais.diagnostic.DiagnosticFormatter;
import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.pipeline.BuildOptions;
import fr.artisanat.relais.pipeline.IncrementalPipeline;
import fr.artisanat.relais.pipeline.PreviewUpdate;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One {@code relais serve} run: builds the site with drafts into the preview folder, serves it on
 * 127.0.0.1, and rebuilds on every change of {@code content/} or {@code templates/}. A change that
 * makes the content invalid leaves the last good site served and shows the problems in the terminal
 * and in every open tab; the session itself never stops because of content.
 */
public final class PreviewSession implements Closeable {
    private final PrintStream out;
    private final PrintStream err;
    private final PreviewWriter writer;
    private final IncrementalPipeline pipeline;
    private final ReloadBroadcaster broadcaster = new ReloadBroadcaster();
    private final PreviewServer server;
    private final ContentWatcher watcher;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private PreviewSession(BuildOptions options, int port, PrintStream out, PrintStream err)
            throws IOException {
        this.out = out;
        this.err = err;
        this.writer = new PreviewWriter(options.out());
        this.pipeline =
                new IncrementalPipeline(
                        new BuildOptions(
                                options.content(),
                                options.templates(),
                                options.out(),
                                options.asOf(),
                                true,
                                false),
                        writer::read);
        this.server = new PreviewServer(port, writer.root(), broadcaster);
        this.watcher =
                new ContentWatcher(List.of(options.content(), options.templates()), this::rebuild);
    }

    /**
     * Builds, then starts serving and watching.
     *
     * @param port 0 for any free port (tests)
     * @throws PreviewServer.PortInUseException when the port is taken
     */
    public static PreviewSession start(
            BuildOptions options, int port, PrintStream out, PrintStream err) throws IOException {
        PreviewSession session = new PreviewSession(options, port, out, err);
        session.report(session.pipeline.full());
        session.watcher.start();
        session.server.start();
        return session;
    }

    /** Where the preview is served: {@code http://127.0.0.1:8000/}. */
    public URI address() {
        return server.address();
    }

    /** Whether {@code e} says the port was taken. */
    public static boolean isPortInUse(IOException e) {
        return e instanceof PreviewServer.PortInUseException;
    }

    /** Blocks until {@link #close()} (Ctrl-C). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            watcher.close();
        } finally {
            server.stop();
            stopped.countDown();
        }
    }

    /** Called on the watcher's thread with one batch of changed paths. */
    private void rebuild(Set<Path> changed) {
        try {
            PreviewUpdate update = pipeline.update(changed);
            if (update != null) {
                report(update);
            }
            PreviewUpdate exports = pipeline.exports();
            if (exports != null && exports.succeeded()) {
                writer.apply(exports);
            }
        } catch (IOException e) {
            err.println("relais : écriture de l'aperçu impossible : " + e.getMessage());
        } catch (RuntimeException e) {
            // A bug must not stop the preview an editor is working in: report it and go on.
            err.println("relais : erreur interne pendant la reconstruction (à signaler) : " + e);
            e.printStackTrace(err);
        }
    }

    private void report(PreviewUpdate update) throws IOException {
        if (!update.succeeded()) {
            // Errors block the preview; warnings would drown them, so they are only counted.
            List<Diagnostic> errors =
                    pipeline.diagnostics().stream().filter(Diagnostic::isError).toList();
            Diagnostics shown = new Diagnostics();
            errors.forEach(shown::add);
            err.print(new DiagnosticFormatter().format(shown));
            err.println(
                    "Aperçu non mis à jour : la dernière version valide reste affichée, avec les"
                            + " erreurs par-dessus.");
            broadcaster.errors(
                    errors.subList(0, Math.min(errors.size(), DiagnosticFormatter.DEFAULT_LIMIT)),
                    DiagnosticFormatter.summary(pipeline.diagnostics()));
            return;
        }
        long written = writer.apply(update);
        long warnings = pipeline.diagnostics().stream().filter(d -> !d.isError()).count();
        out.println(
                (update.incremental() ? "Reconstruit" : "Construit")
                        + " en "
                        + update.millis()
                        + " ms : "
                        + written
                        + (written <= 1 ? " fichier modifié" : " fichiers modifiés")
                        + (warnings == 0
                                ? ""
                                : String.format(
                                        Locale.FRANCE,
                                        ", %d avertissement%s",
                                        warnings,
                                        warnings > 1 ? "s" : "")));
        broadcaster.reload();
    }
}
