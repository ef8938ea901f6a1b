package fr.artisanat.relais.cli;

import fr.artisanat.relais.diagnostic.FileErrorFormatter;
import fr.artisanat.relais.output.OutputLocation;
import fr.artisanat.relais.output.OutputWriter;
import fr.artisanat.relais.pipeline.BuildOptions;
import fr.artisanat.relais.serve.PreviewSession;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code relais serve}: the editors' live preview. Runs until Ctrl-C; content errors never stop it.
 */
final class ServeCommand {
    static final String USAGE =
            """
            relais serve [--port N] [--content DIR] [--templates DIR] [--out DIR]
                         [--as-of AAAA-MM-JJ]

              --port N          port sur 127.0.0.1 (défaut : 8000)
              --content DIR     dossier du contenu (défaut : content)
              --templates DIR   dossier des gabarits (défaut : templates)
              --out DIR         dossier de l'aperçu (défaut : .relais-apercu)
              --as-of DATE      date de référence des statuts (défaut : aujourd'hui)

              Les brouillons sont inclus. L'aperçu se reconstruit à chaque enregistrement
              et les pages ouvertes se rechargent toutes seules. Ctrl-C pour arrêter.
            """;

    static final int DEFAULT_PORT = 8000;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    ServeCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> args) throws UsageException {
        Arguments a =
                new Arguments(
                        args,
                        Set.of("--port", "--content", "--templates", "--out", "--as-of"),
                        Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("argument inattendu : " + a.positional().get(0));
        }
        int port = port(a.option("--port", Integer.toString(DEFAULT_PORT)));
        BuildOptions options =
                new BuildOptions(
                        Path.of(a.option("--content", "content")),
                        Path.of(a.option("--templates", "templates")),
                        Path.of(a.option("--out", ".relais-apercu")),
                        BuildDates.resolve(a.option("--as-of", null), env.get("SOURCE_DATE_EPOCH")),
                        true,
                        false);
        PreviewSession session;
        try {
            new OutputLocation(options.content(), options.templates())
                    .check(options.out(), "--out", ".relais-apercu");
            session = PreviewSession.start(options, port, out, err);
        } catch (OutputWriter.RefusedOutputException e) {
            err.println("relais : " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            if (PreviewSession.isPortInUse(e)) {
                err.println(
                        "relais : le port "
                                + port
                                + " est déjà utilisé (un autre aperçu tourne peut-être) :"
                                + " choisissez-en un autre, par exemple --port "
                                + (port + 1));
                return ExitCodes.USAGE;
            }
            err.println("relais : aperçu impossible : " + FileErrorFormatter.describe(e));
            return ExitCodes.INTERNAL;
        }
        Thread hook = new Thread(() -> stop(session), "relais-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(
                "Aperçu sur " + session.address() + " (brouillons inclus) — Ctrl-C pour arrêter");
        try {
            session.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private void stop(PreviewSession session) {
        try {
            session.close();
        } catch (IOException e) {
            err.println("relais : arrêt de l'aperçu : " + e.getMessage());
        }
        out.println("Aperçu arrêté.");
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(
                    "--port : « " + value + " » n'est pas un numéro de port (0 à 65535)");
        }
    }
}
