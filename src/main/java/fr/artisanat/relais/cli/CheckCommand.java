package fr.artisanat.relais.cli;

import fr.artisanat.relais.diagnostic.Diagnostic;
import fr.artisanat.relais.diagnostic.DiagnosticFormatter;
import fr.artisanat.relais.diagnostic.FileErrorFormatter;
import fr.artisanat.relais.linkcheck.ExternalLinkChecker;
import fr.artisanat.relais.linkcheck.ExternalLinkCollector;
import fr.artisanat.relais.linkcheck.HttpSettings;
import fr.artisanat.relais.linkcheck.JsonReportFormatter;
import fr.artisanat.relais.linkcheck.JunitReportFormatter;
import fr.artisanat.relais.linkcheck.LinkCache;
import fr.artisanat.relais.linkcheck.LinkCheckReport;
import fr.artisanat.relais.linkcheck.Sleeper;
import fr.artisanat.relais.linkcheck.TextReportFormatter;
import fr.artisanat.relais.model.LinkCheckSettings;
import fr.artisanat.relais.output.OutputLocation;
import fr.artisanat.relais.output.OutputWriter;
import fr.artisanat.relais.pipeline.BuildOptions;
import fr.artisanat.relais.pipeline.BuildResult;
import fr.artisanat.relais.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code relais check}: everything {@code build} checks (content, internal links), without writing
 * the site, then every external address of the content. Exit 1 on invalid content or a broken
 * internal link; a dead external address fails only with {@code --fail-on-external}.
 */
final class CheckCommand {
    static final String USAGE =
            """
            relais check [--content DIR] [--templates DIR] [--as-of AAAA-MM-JJ] [--drafts]
                         [--offline] [--no-cache] [--fail-on-external]
                         [--format texte|json|junit] [--output FICHIER] [--cache DIR]

              --offline           ne vérifie pas les liens externes (contenu et liens internes
                                  seulement)
              --no-cache          ignore les résultats en cache (.relais-cache/)
              --fail-on-external  un lien externe cassé (404, 410, domaine inconnu, trop de
                                  redirections) fait échouer la vérification (code 1)
              --format FORMAT     rapport en plus du texte : json ou junit, écrit dans --output
              --output FICHIER    défaut : relais-liens.json ou relais-liens.xml
              --cache DIR         dossier du cache (défaut : .relais-cache)
            Rien n'est écrit dans site/.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final boolean terminal;

    /**
     * @param terminal whether progress may be redrawn on one line (not in CI logs)
     */
    CheckCommand(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.terminal = terminal && env.get("CI") == null;
    }

    int run(List<String> args) throws UsageException {
        Arguments a =
                new Arguments(
                        args,
                        Set.of(
                                "--content",
                                "--templates",
                                "--as-of",
                                "--format",
                                "--output",
                                "--cache"),
                        Set.of("--drafts", "--offline", "--no-cache", "--fail-on-external"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("argument inattendu : " + a.positional().get(0));
        }
        String format = a.option("--format", "texte");
        if (!List.of("texte", "json", "junit").contains(format)) {
            throw new UsageException(
                    "--format : « " + format + " » inconnu (texte, json ou junit)");
        }
        LocalDate asOf =
                BuildDates.resolve(a.option("--as-of", null), env.get("SOURCE_DATE_EPOCH"));
        BuildOptions options =
                new BuildOptions(
                        Path.of(a.option("--content", "content")),
                        Path.of(a.option("--templates", "templates")),
                        Path.of("site"),
                        asOf,
                        a.flag("--drafts"),
                        false);
        Path reportFile =
                format.equals("texte")
                        ? null
                        : Path.of(
                                a.option(
                                        "--output",
                                        format.equals("json")
                                                ? "relais-liens.json"
                                                : "relais-liens.xml"));
        BuildResult result;
        try {
            if (reportFile != null) {
                // refused before the check, which may take minutes, rather than after it
                new OutputLocation(options.content(), options.templates())
                        .check(
                                reportFile,
                                "--output",
                                "relais-liens." + (format.equals("json") ? "json" : "xml"));
            }
            result = new Pipeline().run(options, false);
        } catch (OutputWriter.RefusedOutputException e) {
            err.println("relais : " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(
                    "relais : lecture du contenu impossible : " + FileErrorFormatter.describe(e));
            return ExitCodes.INTERNAL;
        }
        err.print(new DiagnosticFormatter().format(result.diagnostics()));
        List<Diagnostic> diagnostics = result.diagnostics().sorted();
        boolean contentOk = !result.diagnostics().hasErrors();
        if (result.site() == null) {
            err.println(
                    "Vérification interrompue : contenu invalide, liens externes non vérifiés.");
            return ExitCodes.CONTENT;
        }
        LinkCheckSettings settings = result.site().config().linkCheck();
        boolean failOnExternal = a.flag("--fail-on-external");
        LinkCheckReport report;
        try {
            report = checkExternal(result, settings, a);
        } catch (IOException e) {
            err.println(
                    "relais : cache des liens illisible ou non enregistrable : "
                            + FileErrorFormatter.describe(e));
            return ExitCodes.INTERNAL;
        }
        out.print(new TextReportFormatter().format(report));
        if (reportFile != null) {
            Path file = reportFile;
            String text =
                    format.equals("json")
                            ? new JsonReportFormatter().format(report, diagnostics)
                            : new JunitReportFormatter()
                                    .format(report, diagnostics, failOnExternal);
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(
                        "relais : rapport non enregistrable dans « "
                                + file
                                + " » : "
                                + FileErrorFormatter.describe(e));
                return ExitCodes.INTERNAL;
            }
            out.println("Rapport " + format + " écrit dans " + file);
        }
        if (!contentOk) {
            out.println("Vérification échouée : erreurs dans le contenu ou les liens internes.");
            return ExitCodes.CONTENT;
        }
        if (failOnExternal && report.hasBroken()) {
            out.println("Vérification échouée : liens externes cassés (--fail-on-external).");
            return ExitCodes.CONTENT;
        }
        out.println("Vérification réussie : contenu et liens internes corrects.");
        return ExitCodes.OK;
    }

    private LinkCheckReport checkExternal(
            BuildResult result, LinkCheckSettings settings, Arguments a) throws IOException {
        boolean offline = a.flag("--offline");
        Path content = Path.of(a.option("--content", "content")).toAbsolutePath().normalize();
        Path base = content.getParent() == null ? content : content.getParent();
        LinkCache cache =
                offline || a.flag("--no-cache")
                        ? null
                        : LinkCache.load(
                                Path.of(a.option("--cache", LinkCache.DEFAULT_DIR.toString())));
        Progress progress = new Progress();
        LinkCheckReport report =
                new ExternalLinkChecker(
                                HttpSettings.defaults(
                                        settings.timeoutSeconds(),
                                        settings.perHost(),
                                        settings.total()),
                                Sleeper.REAL,
                                Clock.systemUTC())
                        .check(
                                ExternalLinkCollector.collect(result.site(), base),
                                settings.exclude(),
                                offline,
                                cache,
                                settings.cacheDays(),
                                progress::show);
        progress.end();
        if (cache != null) {
            cache.save();
        }
        return report;
    }

    /** One redrawn line on a terminal; a plain line every tenth of the way in CI logs. */
    private final class Progress {
        private int lastTenth = -1;
        private boolean drawn;

        synchronized void show(int checked, int total) {
            if (total == 0) {
                return;
            }
            String line = "Liens externes vérifiés : " + checked + "/" + total;
            if (terminal) {
                err.print("\r" + line);
                err.flush();
                drawn = true;
            } else {
                int tenth = checked * 10 / total;
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    err.println(line);
                }
            }
        }

        synchronized void end() {
            if (drawn) {
                err.println();
            }
        }
    }
}
