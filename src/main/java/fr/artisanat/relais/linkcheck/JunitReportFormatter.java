package fr.artisanat.relais.linkcheck;

import fr.artisanat.relais.diagnostic.Diagnostic;
import java.util.List;

/**
 * {@code relais check --format junit}: JUnit XML, the format CI test-report viewers (GitHub,
 * GitLab, Jenkins) display. One test case per external address (named by its URL, classed by the
 * first file citing it) and one per build diagnostic error; a broken address is a failure only when
 * it fails the run ({@code --fail-on-external}), otherwise its problem is in {@code system-out}.
 */
public final class JunitReportFormatter {
    public String format(
            LinkCheckReport report, List<Diagnostic> diagnostics, boolean failOnExternal) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        long failures = errors.size() + (failOnExternal ? report.count(LinkStatus.BROKEN) : 0);
        long skipped = report.count(LinkStatus.EXCLUDED) + report.count(LinkStatus.SKIPPED);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites>\n")
                .append("  <testsuite name=\"relais check\" tests=\"")
                .append(report.links().size() + errors.size() + (errors.isEmpty() ? 1 : 0))
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"0\" skipped=\"")
                .append(skipped)
                .append("\">\n");
        if (errors.isEmpty()) {
            out.append(
                    "    <testcase classname=\"contenu\" name=\"contenu et liens internes\"/>\n");
        }
        for (Diagnostic d : errors) {
            out.append("    <testcase classname=\"")
                    .append(escape(d.position().file()))
                    .append("\" name=\"")
                    .append(escape(d.position().toString()))
                    .append("\">\n      <failure message=\"")
                    .append(escape(d.message()))
                    .append("\">")
                    .append(escape(d.format()))
                    .append("</failure>\n    </testcase>\n");
        }
        for (ExternalLink link : report.links()) {
            LinkResult r = report.resultOf(link);
            String where = link.origins().isEmpty() ? "" : link.origins().get(0).file();
            out.append("    <testcase classname=\"")
                    .append(escape(where))
                    .append("\" name=\"")
                    .append(escape(link.url()))
                    .append("\">");
            String text =
                    TextReportFormatter.label(r.status())
                            + " : "
                            + r.message()
                            + " — "
                            + String.join(
                                    ", ", link.origins().stream().map(Object::toString).toList());
            if (r.status() == LinkStatus.BROKEN && failOnExternal) {
                out.append("\n      <failure message=\"")
                        .append(escape(r.message()))
                        .append("\">")
                        .append(escape(text))
                        .append("</failure>\n    ");
            } else if (r.status() == LinkStatus.EXCLUDED || r.status() == LinkStatus.SKIPPED) {
                out.append("\n      <skipped message=\"")
                        .append(escape(r.message()))
                        .append("\"/>\n    ");
            } else if (r.status().isProblem()) {
                out.append("\n      <system-out>")
                        .append(escape(text))
                        .append("</system-out>\n    ");
            }
            out.append("</testcase>\n");
        }
        out.append("  </testsuite>\n</testsuites>\n");
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
