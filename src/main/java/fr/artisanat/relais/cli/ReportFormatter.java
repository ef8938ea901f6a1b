package fr.artisanat.relais.cli;

import fr.artisanat.relais.diagnostic.JsonString;
import fr.artisanat.relais.model.ReviewReport;
import fr.artisanat.relais.model.ReviewReport.Entry;
import fr.artisanat.relais.model.ReviewReport.FailedSource;
import fr.artisanat.relais.model.ReviewReport.FunderCount;
import fr.artisanat.relais.model.ReviewReport.Unreachable;
import fr.artisanat.relais.model.Status;
import java.util.List;
import java.util.function.Function;

/**
 * Prints a {@link ReviewReport}: French text for editors, or JSON (stable keys in English) for
 * tools.
 */
final class ReportFormatter {
    /** Without the link-check cache of {@code relais check}. */
    static final String LINK_CHECK_UNAVAILABLE =
            "information indisponible : aucun contrôle des liens enregistré (lancez relais check)";

    private static final String SOURCES_FAILED =
            "Mesures dont toutes les sources ont échoué au dernier contrôle des liens";

    private ReportFormatter() {}

    static String text(ReviewReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Relevé des mesures au ").append(r.asOf()).append("\n");
        section(
                out,
                "Mesures non vérifiées depuis plus de " + r.reviewAfterDays() + " jours",
                r.stale(),
                e -> "dernière vérification le " + e.date() + " (" + e.days() + " jours)",
                "vérifiez-les auprès des sources, puis mettez la date du jour dans « reviewed »");
        section(
                out,
                "Mesures qui ferment dans les 30 jours",
                r.closingSoon(),
                e -> "clôture le " + e.date() + " (dans " + -e.days() + " jours)",
                "vérifiez qu'une prolongation n'a pas été annoncée");
        section(
                out,
                "Mesures closes depuis plus d'un an (à archiver ?)",
                r.archiveCandidates(),
                e -> "close le " + e.date(),
                "elles restent en ligne : retirez-les si elles n'aident plus personne");
        section(
                out,
                "Mesures sans adresse de demande (apply_url)",
                r.withoutApplyUrl(),
                e -> "",
                "ajoutez « apply_url » si une démarche en ligne existe");
        if (r.sourcesFailed() == null) {
            out.append("\n").append(SOURCES_FAILED).append(" : ").append(LINK_CHECK_UNAVAILABLE);
            out.append("\n");
        } else {
            unreachable(out, r.sourcesFailed());
        }
        out.append("\nPar statut :\n");
        for (Status s : Status.values()) {
            out.append("  ")
                    .append(s.label())
                    .append(" : ")
                    .append(r.byStatus().get(s))
                    .append("\n");
        }
        out.append("\nPar financeur :\n");
        for (FunderCount f : r.byFunder()) {
            out.append("  ")
                    .append(f.name())
                    .append(" (")
                    .append(f.id())
                    .append(") : ")
                    .append(f.count())
                    .append("\n");
        }
        return out.toString();
    }

    private static void unreachable(StringBuilder out, List<Unreachable> measures) {
        out.append("\n").append(SOURCES_FAILED).append(" : ").append(measures.size()).append("\n");
        for (Unreachable u : measures) {
            out.append("  ")
                    .append(u.measure().file())
                    .append(" — ")
                    .append(u.measure().title())
                    .append("\n");
            for (FailedSource s : u.sources()) {
                out.append("      ")
                        .append(s.url())
                        .append(" : ")
                        .append(s.message())
                        .append(" (contrôlé le ")
                        .append(s.checkedOn())
                        .append(")\n");
            }
        }
        if (!measures.isEmpty()) {
            out.append("  → vérifiez que la mesure existe encore et remplacez ses sources")
                    .append(" (relais check pour contrôler de nouveau)\n");
        }
    }

    private static void section(
            StringBuilder out,
            String title,
            List<Entry> entries,
            Function<Entry, String> detail,
            String advice) {
        out.append("\n").append(title).append(" : ").append(entries.size()).append("\n");
        for (Entry e : entries) {
            String d = detail.apply(e);
            out.append("  ")
                    .append(e.file())
                    .append(" — ")
                    .append(e.title())
                    .append(d.isEmpty() ? "" : " — " + d)
                    .append("\n");
        }
        if (!entries.isEmpty()) {
            out.append("  → ").append(advice).append("\n");
        }
    }

    static String json(ReviewReport r) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"as_of\": \"").append(r.asOf()).append("\",\n");
        out.append("  \"review_after_days\": ").append(r.reviewAfterDays()).append(",\n");
        list(out, "stale", r.stale(), "last_checked");
        list(out, "closing_soon", r.closingSoon(), "closes");
        list(out, "archive_candidates", r.archiveCandidates(), "closes");
        list(out, "without_apply_url", r.withoutApplyUrl(), null);
        sourcesFailed(out, r.sourcesFailed());
        out.append("  \"by_status\": {");
        Status[] statuses = Status.values();
        for (int i = 0; i < statuses.length; i++) {
            out.append(i == 0 ? "" : ", ")
                    .append(JsonString.quote(statuses[i].code()))
                    .append(": ")
                    .append(r.byStatus().get(statuses[i]));
        }
        out.append("},\n  \"by_funder\": {");
        for (int i = 0; i < r.byFunder().size(); i++) {
            FunderCount f = r.byFunder().get(i);
            out.append(i == 0 ? "" : ", ")
                    .append(JsonString.quote(f.id()))
                    .append(": ")
                    .append(f.count());
        }
        return out.append("}\n}\n").toString();
    }

    private static void sourcesFailed(StringBuilder out, List<Unreachable> measures) {
        out.append("  \"sources_all_failed\": ");
        if (measures == null) {
            out.append("null,\n");
            return;
        }
        out.append("[");
        for (int i = 0; i < measures.size(); i++) {
            Entry e = measures.get(i).measure();
            out.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"slug\": ")
                    .append(JsonString.quote(e.slug()))
                    .append(", \"title\": ")
                    .append(JsonString.quote(e.title()))
                    .append(", \"file\": ")
                    .append(JsonString.quote(e.file()))
                    .append(", \"sources\": [");
            List<FailedSource> sources = measures.get(i).sources();
            for (int j = 0; j < sources.size(); j++) {
                FailedSource s = sources.get(j);
                out.append(j == 0 ? "" : ", ")
                        .append("{\"url\": ")
                        .append(JsonString.quote(s.url()))
                        .append(", \"status\": ")
                        .append(JsonString.quote(s.status().toLowerCase(java.util.Locale.ROOT)))
                        .append(", \"message\": ")
                        .append(JsonString.quote(s.message()))
                        .append(", \"checked_on\": ")
                        .append(JsonString.quote(s.checkedOn().toString()))
                        .append("}");
            }
            out.append("]}");
        }
        out.append(measures.isEmpty() ? "],\n" : "\n  ],\n");
    }

    private static void list(StringBuilder out, String key, List<Entry> entries, String dateKey) {
        out.append("  ").append(JsonString.quote(key)).append(": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"slug\": ")
                    .append(JsonString.quote(e.slug()))
                    .append(", \"title\": ")
                    .append(JsonString.quote(e.title()))
                    .append(", \"file\": ")
                    .append(JsonString.quote(e.file()));
            if (dateKey != null) {
                out.append(", ").append(JsonString.quote(dateKey)).append(": ");
                out.append(e.date() == null ? "null" : JsonString.quote(e.date().toString()));
            }
            out.append("}");
        }
        out.append(entries.isEmpty() ? "],\n" : "\n  ],\n");
    }
}
