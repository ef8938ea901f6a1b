package fr.artisanat.relais.cli;

import fr.artisanat.relais.diagnostic.DiagnosticFormatter;
import fr.artisanat.relais.diagnostic.FileErrorFormatter;
import fr.artisanat.relais.output.OutputWriter;
import fr.artisanat.relais.pipeline.BuildOptions;
import fr.artisanat.relais.pipeline.BuildProgress;
import fr.artisanat.relais.pipeline.BuildResult;
import fr.artisanat.relais.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code relais build}: validates {@code content/} and writes the portal into {@code site/}. */
final class BuildCommand {
    static final String USAGE =
            """
            relais build [--content DIR] [--templates DIR] [--out DIR] [--as-of AAAA-MM-JJ]
                         [--drafts] [--strict]

              --content DIR     dossier du contenu (défaut : content)
              --templates DIR   dossier des gabarits (défaut : templates)
              --out DIR         dossier du site produit (défaut : site)
              --as-of DATE      date de référence des statuts (défaut : SOURCE_DATE_EPOCH,
                                sinon aujourd'hui)
              --drafts          publie aussi les brouillons (draft: true)
              --strict          les avertissements font échouer la construction
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final boolean terminal;

    /**
     * @param terminal whether a person watches (progress is shown only then)
     */
    BuildCommand(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.terminal = terminal;
    }

    int run(List<String> args) throws UsageException {
        Arguments a =
                new Arguments(
                        args,
                        Set.of("--content", "--templates", "--out", "--as-of"),
                        Set.of("--drafts", "--strict"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("argument inattendu : " + a.positional().get(0));
        }
        LocalDate asOf =
                BuildDates.resolve(a.option("--as-of", null), env.get("SOURCE_DATE_EPOCH"));
        BuildOptions options =
                new BuildOptions(
                        Path.of(a.option("--content", "content")),
                        Path.of(a.option("--templates", "templates")),
                        Path.of(a.option("--out", "site")),
                        asOf,
                        a.flag("--drafts"),
                        a.flag("--strict"));
        BuildResult result;
        ProgressPrinter progress =
                terminal ? new ProgressPrinter(err, System::currentTimeMillis) : null;
        try {
            result =
                    new Pipeline()
                            .run(options, true, progress == null ? BuildProgress.SILENT : progress);
        } catch (OutputWriter.RefusedOutputException e) {
            err.println("relais : " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(
                    "relais : écriture du site dans « "
                            + options.out()
                            + " » impossible : "
                            + FileErrorFormatter.describe(e)
                            + " — "
                            + options.out()
                            + "/ n'a pas été modifié");
            return ExitCodes.INTERNAL;
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        err.print(new DiagnosticFormatter().format(result.diagnostics()));
        if (!result.written()) {
            String reason =
                    result.diagnostics().hasErrors()
                            ? "erreurs ci-dessus"
                            : "avertissements et --strict";
            err.println(
                    "Construction interrompue ("
                            + reason
                            + ") : "
                            + options.out()
                            + "/ n'a pas été modifié.");
            return ExitCodes.CONTENT;
        }
        out.println(summary(result, options));
        return ExitCodes.OK;
    }

    static String summary(BuildResult result, BuildOptions options) {
        long warnings = result.diagnostics().warningCount();
        return "Site construit dans "
                + options.out()
                + "/ : "
                + result.pageCount()
                + " pages, "
                + result.site().measures().size()
                + " mesures, "
                + warnings
                + (warnings <= 1 ? " avertissement" : " avertissements")
                + ", "
                + String.format(java.util.Locale.FRANCE, "%.2f", result.millis() / 1000.0)
                + " s (statuts au "
                + options.asOf()
                + ")";
    }
}
