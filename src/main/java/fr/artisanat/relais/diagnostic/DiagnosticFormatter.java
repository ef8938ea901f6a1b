package fr.artisanat.relais.diagnostic;

import java.util.List;

/**
 * Prints diagnostics the way editors read them: one {@code file:line: gravité : message} per line,
 * sorted, capped, and closed by a French count summary.
 *
 * <pre>
 * content/measures/pge.md:7: erreur : « closes » : date invalide « 2020-13-01 » …
 * 1 erreur, 0 avertissement dans 1 fichier
 * </pre>
 */
public final class DiagnosticFormatter {
    /** Hugo keeps 50: beyond that an editor fixes the first ones and rebuilds. */
    public static final int DEFAULT_LIMIT = 50;

    private final int limit;

    public DiagnosticFormatter(int limit) {
        this.limit = limit;
    }

    public DiagnosticFormatter() {
        this(DEFAULT_LIMIT);
    }

    public String format(Diagnostics diagnostics) {
        List<Diagnostic> all = diagnostics.sorted();
        StringBuilder out = new StringBuilder();
        all.stream().limit(limit).forEach(d -> out.append(d.format()).append('\n'));
        if (all.size() > limit) {
            int hidden = all.size() - limit;
            out.append("… ")
                    .append(hidden)
                    .append(
                            hidden == 1
                                    ? " autre problème non affiché"
                                    : " autres problèmes non affichés")
                    .append(" (corrigez les premiers puis relancez)\n");
        }
        if (!all.isEmpty()) {
            out.append(summary(all)).append('\n');
        }
        return out.toString();
    }

    /** {@code 3 erreurs, 1 avertissement dans 2 fichiers} */
    public static String summary(List<Diagnostic> all) {
        long errors = all.stream().filter(Diagnostic::isError).count();
        long warnings = all.size() - errors;
        long files = all.stream().map(d -> d.position().file()).distinct().count();
        return plural(errors, "erreur", "erreurs")
                + ", "
                + plural(warnings, "avertissement", "avertissements")
                + " dans "
                + plural(files, "fichier", "fichiers");
    }

    /** French plural: 0 and 1 take the singular. */
    static String plural(long n, String one, String many) {
        return n + " " + (n <= 1 ? one : many);
    }
}
