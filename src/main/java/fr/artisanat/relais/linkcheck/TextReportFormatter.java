package fr.artisanat.relais.linkcheck;

import fr.artisanat.relais.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The editors' report, in French, grouped by content file so each file can be fixed in one go; only
 * addresses that need attention are listed, then one summary line.
 *
 * <pre>
 * content/measures/pge.md
 *   ligne 14 : https://exemple.gouv.fr/ancienne — cassé : page introuvable (404)
 *   ligne 20 : http://www.urssaf.fr/ — déplacé : déplacée définitivement vers https://www.urssaf.fr/ …
 *
 * Liens externes : 42 adresses, 40 accessibles (12 depuis le cache), 1 cassée, 1 déplacée, …
 * </pre>
 */
public final class TextReportFormatter {
    public String format(LinkCheckReport report) {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (ExternalLink link : report.links()) {
            LinkResult r = report.resultOf(link);
            if (r == null || !r.status().isProblem()) {
                continue;
            }
            for (SourcePosition at : link.origins()) {
                byFile.computeIfAbsent(at.file(), f -> new ArrayList<>())
                        .add(line(at, link.url(), r));
            }
        }
        StringBuilder out = new StringBuilder();
        byFile.forEach(
                (file, lines) -> {
                    out.append(file).append('\n');
                    lines.forEach(l -> out.append("  ").append(l).append('\n'));
                    out.append('\n');
                });
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    private static String line(SourcePosition at, String url, LinkResult r) {
        String where = at.line() > 0 ? "ligne " + at.line() + " : " : "";
        return where + url + " — " + label(r.status()) + " : " + r.message();
    }

    static String label(LinkStatus status) {
        return switch (status) {
            case OK -> "accessible";
            case MOVED -> "déplacé";
            case BROKEN -> "cassé";
            case UNCERTAIN -> "à vérifier";
            case EXCLUDED -> "exclu";
            case SKIPPED -> "non vérifié";
        };
    }

    /** {@code Liens externes : 42 adresses, 40 accessibles (12 depuis le cache), …} */
    public static String summary(LinkCheckReport report) {
        StringBuilder s =
                new StringBuilder("Liens externes : ")
                        .append(plural(report.links().size(), "adresse", "adresses"))
                        .append(", ")
                        .append(report.count(LinkStatus.OK))
                        .append(report.count(LinkStatus.OK) <= 1 ? " accessible" : " accessibles");
        if (report.cachedCount() > 0) {
            s.append(" (").append(report.cachedCount()).append(" depuis le cache)");
        }
        s.append(", ")
                .append(plural(report.count(LinkStatus.BROKEN), "cassée", "cassées"))
                .append(", ")
                .append(plural(report.count(LinkStatus.MOVED), "déplacée", "déplacées"))
                .append(", ")
                .append(report.count(LinkStatus.UNCERTAIN))
                .append(" à vérifier");
        if (report.count(LinkStatus.EXCLUDED) > 0) {
            s.append(", ").append(plural(report.count(LinkStatus.EXCLUDED), "exclue", "exclues"));
        }
        if (report.count(LinkStatus.SKIPPED) > 0) {
            s.append(", ")
                    .append(report.count(LinkStatus.SKIPPED))
                    .append(" non vérifiées (--offline)");
        }
        return s.toString();
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n <= 1 ? one : many);
    }
}
