package fr.artisanat.relais.cli;

import fr.artisanat.relais.diagnostic.DiagnosticFormatter;
import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.linkcheck.LinkCache;
import fr.artisanat.relais.linkcheck.LinkStatus;
import fr.artisanat.relais.model.ReviewReport;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.pipeline.BuildOptions;
import fr.artisanat.relais.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code relais report}: tells editors which measures need their attention (to check again,
 * closing, to archive, without an application address, sources that no longer answer according to
 * the link-check cache of {@code relais check}) and counts them by status and funder, in French or
 * as JSON for tools. Writes nothing; exits 1 only when the content is invalid.
 */
final class ReportCommand {
    static final String USAGE =
            """
            relais report [--content DIR] [--as-of AAAA-MM-JJ] [--format texte|json]
                          [--cache DIR]

              Relevé pour les éditeurs : mesures à revérifier, qui ferment dans les 30 jours,
              closes depuis plus d'un an, sans adresse de demande, dont toutes les sources
              ont échoué au dernier contrôle des liens (cache de relais check, défaut :
              .relais-cache) ; nombre de mesures par statut et par financeur. Brouillons
              compris. N'écrit aucun fichier.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    ReportCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> args) throws UsageException {
        Arguments a =
                new Arguments(
                        args, Set.of("--content", "--as-of", "--format", "--cache"), Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("argument inattendu : " + a.positional().get(0));
        }
        String format = a.option("--format", "texte");
        if (!format.equals("texte") && !format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format : « " + format + " » inconnu (texte ou json)");
        }
        LocalDate asOf =
                BuildDates.resolve(a.option("--as-of", null), env.get("SOURCE_DATE_EPOCH"));
        Path content = Path.of(a.option("--content", "content"));
        BuildOptions options =
                new BuildOptions(content, Path.of("templates"), Path.of("site"), asOf, true, false);
        Diagnostics diagnostics = new Diagnostics();
        Optional<Site> site = new Pipeline().validate(options, diagnostics);
        if (site.isEmpty()) {
            err.print(new DiagnosticFormatter().format(diagnostics));
            err.println("Relevé impossible : corrigez d'abord les erreurs ci-dessus.");
            return ExitCodes.CONTENT;
        }
        Path cacheDir = Path.of(a.option("--cache", LinkCache.DEFAULT_DIR.toString()));
        LinkCache cache;
        try {
            cache = LinkCache.load(cacheDir);
        } catch (IOException e) {
            err.println(
                    "relais : cache des liens illisible ("
                            + cacheDir
                            + ") : "
                            + e.getMessage()
                            + " — la rubrique des sources en échec est omise");
            cache = null;
        }
        ReviewReport report =
                ReviewReport.of(
                        site.get(),
                        asOf,
                        cache == null || cache.isEmpty() ? null : failures(cache));

        out.print(
                format.equals("json")
                        ? ReportFormatter.json(report)
                        : ReportFormatter.text(report));
        return ExitCodes.OK;
    }

    /** A source failed when its last check found it gone or could not reach it. */
    private static Function<String, Optional<ReviewReport.FailedSource>> failures(LinkCache cache) {
        return url ->
                cache.last(url)
                        .filter(
                                r ->
                                        r.status() == LinkStatus.BROKEN
                                                || r.status() == LinkStatus.UNCERTAIN)
                        .map(
                                r ->
                                        new ReviewReport.FailedSource(
                                                url,
                                                r.status().name(),
                                                r.message(),
                                                LocalDate.ofInstant(
                                                        r.checkedAt(), ZoneOffset.UTC)));
    }
}
