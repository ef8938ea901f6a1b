package fr.artisanat.relais.linkcheck;

import fr.artisanat.relais.diagnostic.Diagnostic;
import fr.artisanat.relais.diagnostic.JsonString;
import fr.artisanat.relais.model.SourcePosition;
import java.util.List;
import java.util.Locale;

/**
 * {@code relais check --format json}: the whole check for tools (dashboards, {@code relais
 * report}), one object per address with its origins, plus the build's diagnostics.
 */
public final class JsonReportFormatter {
    public String format(LinkCheckReport report, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder("{\n  \"summary\": {");
        out.append("\"addresses\": ").append(report.links().size());
        for (LinkStatus s : LinkStatus.values()) {
            out.append(", \"")
                    .append(s.name().toLowerCase(Locale.ROOT))
                    .append("\": ")
                    .append(report.count(s));
        }
        out.append(", \"cached\": ").append(report.cachedCount());
        out.append(", \"errors\": ")
                .append(diagnostics.stream().filter(Diagnostic::isError).count())
                .append("},\n  \"diagnostics\": [");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            out.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"severity\": ")
                    .append(JsonString.quote(d.isError() ? "error" : "warning"))
                    .append(", ")
                    .append(position(d.position()))
                    .append(", \"message\": ")
                    .append(JsonString.quote(d.message()))
                    .append('}');
        }
        out.append(diagnostics.isEmpty() ? "],\n  \"links\": [" : "\n  ],\n  \"links\": [");
        List<ExternalLink> links = report.links();
        for (int i = 0; i < links.size(); i++) {
            ExternalLink link = links.get(i);
            LinkResult r = report.resultOf(link);
            out.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"url\": ")
                    .append(JsonString.quote(link.url()))
                    .append(", \"status\": ")
                    .append(JsonString.quote(r.status().name().toLowerCase(Locale.ROOT)))
                    .append(", \"http_status\": ")
                    .append(r.httpStatus())
                    .append(", \"new_url\": ")
                    .append(r.newUrl() == null ? "null" : JsonString.quote(r.newUrl()))
                    .append(", \"message\": ")
                    .append(JsonString.quote(r.message()))
                    .append(", \"checked_at\": ")
                    .append(JsonString.quote(r.checkedAt().toString()))
                    .append(", \"cached\": ")
                    .append(r.cached())
                    .append(", \"origins\": [");
            for (int j = 0; j < link.origins().size(); j++) {
                out.append(j == 0 ? "{" : ", {")
                        .append(position(link.origins().get(j)))
                        .append('}');
            }
            out.append("]}");
        }
        out.append(links.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    private static String position(SourcePosition p) {
        return "\"file\": "
                + JsonString.quote(p.file())
                + ", \"line\": "
                + p.line()
                + ", \"column\": "
                + p.column();
    }
}
