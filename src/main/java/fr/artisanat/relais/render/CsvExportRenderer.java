package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.SourceRef;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code mesures.csv}: the measures of {@code mesures.json}, one row each, for spreadsheet users in
 * France. It is written as a French spreadsheet opens it without an import dialog: UTF-8 with a
 * byte order mark, {@code ;} between cells, decimal comma, CRLF row ends, RFC 4180 quoting.
 *
 * <pre>
 * slug;url;title;…
 * aide-alpha;https://example.org/mesures/aide-alpha/;Aide alpha;…
 * </pre>
 */
final class CsvExportRenderer {
    private static final String BOM = "\uFEFF";

    private record Column(String name, Function<Measure, String> value) {}

    private CsvExportRenderer() {}

    /**
     * Written as UTF-8 bytes straight to the file: it weighs about 5 KB per measure (50 MB at 10
     * 000 measures), too much to hold on a large site.
     */
    static OutputFile render(Site site) {
        return OutputFile.streamed(SitePaths.CSV_EXPORT, out -> write(site, out));
    }

    private static void write(Site site, OutputStream out) throws IOException {
        List<Column> columns = columns(site.config().baseUrl());
        PageBuffer csv = new PageBuffer();
        csv.write(BOM);
        row(csv, columns.stream().map(Column::name).toList());
        for (Measure m : site.measures()) {
            row(csv, columns.stream().map(c -> c.value().apply(m)).toList());
            csv.drainTo(out, PageBuffer.DRAIN_THRESHOLD);
        }
        csv.close();
        csv.drainTo(out, 0);
    }

    static List<String> columnNames() {
        return columns("").stream().map(Column::name).toList();
    }

    /** The columns, in {@link OpenDataFields#MEASURE} order; sources take two columns. */
    private static List<Column> columns(String baseUrl) {
        List<Column> columns = new ArrayList<>();
        for (OpenDataFields.Spec spec : OpenDataFields.MEASURE) {
            String key = spec.key();
            if (key.equals("sources")) {
                columns.add(
                        new Column(
                                "sources",
                                m -> joined(m.sources().stream().map(SourceRef::url).toList())));
                columns.add(
                        new Column(
                                "source_titles",
                                m -> joined(m.sources().stream().map(SourceRef::title).toList())));
            } else {
                columns.add(new Column(key, value(key, baseUrl)));
            }
        }
        return List.copyOf(columns);
    }

    private static Function<Measure, String> value(String key, String baseUrl) {
        return switch (key) {
            case "slug" -> Measure::slug;
            case "url" -> m -> SitePaths.absolute(baseUrl, SitePaths.measure(m.slug()));
            case "title" -> Measure::title;
            case "summary" -> Measure::summary;
            case "status" -> m -> m.status().code();
            case "level" -> m -> m.level().code();
            case "funders" -> m -> joined(m.funders());
            case "categories" -> m -> joined(m.categories());
            case "beneficiaries" -> m -> joined(m.beneficiaries());
            case "territories" -> m -> joined(m.territories());
            case "amount" -> Measure::amount;
            case "amount_max" -> m -> decimal(m.amountMax());
            case "opens" -> m -> date(m.opens());
            case "closes" -> m -> date(m.closes());
            case "apply_url" -> Measure::applyUrl;
            case "contact" -> Measure::contact;
            case "updated" -> m -> date(m.updated());
            case "reviewed" -> m -> date(m.reviewed());
            case "tags" -> m -> joined(m.tags());
            case "draft" -> m -> m.draft() ? "oui" : "non";
            case "body" -> m -> m.body().markdown();
            default -> throw new IllegalStateException("colonne CSV sans valeur : " + key);
        };
    }

    /** List items joined; a {@code |} inside an item would read as a separator, so it becomes /. */
    private static String joined(List<String> items) {
        return String.join(
                OpenDataFields.LIST_SEPARATOR,
                items.stream().map(i -> i.replace('|', '/')).toList());
    }

    private static String decimal(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static void row(PageBuffer csv, List<String> cells) {
        String separator = "";
        for (String cell : cells) {
            csv.write(separator);
            csv.write(cell(cell));
            separator = ";";
        }
        csv.write("\r\n");
    }

    /**
     * One cell, quoted when it holds a separator, a quote or a line break (RFC 4180). A text that a
     * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) gets a
     * leading apostrophe, as OWASP advises for exports opened in spreadsheets.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
