package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The « Chiffres » page read as its output: every chart's numbers are its table's numbers, the bars
 * are drawn to scale, the published figures are those of {@code data/chiffres.yml}, and the page is
 * reachable from the home page and the footer.
 */
class FiguresPageTest {
    @TempDir Path dir;

    @Test
    void everyChartShowsTheNumbersOfItsTable() throws IOException {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build().exitCode());
        Document page = parse(site, "chiffres/index.html");
        List<Element> charts = page.select("section.chart");
        assertEquals(5, charts.size());
        for (Element chart : charts) {
            String id = chart.attr("aria-labelledby");
            Element svg = chart.selectFirst("svg[role=img]");
            assertEquals(id + "-titre " + id + "-desc", svg.attr("aria-labelledby"));
            assertEquals(chart.selectFirst("h2").text(), svg.selectFirst("title").text());
            assertFalse(svg.selectFirst("desc").text().isBlank());
            Element table = chart.selectFirst("table");
            assertFalse(table.selectFirst("caption").text().isBlank());
            assertEquals(2, table.select("thead th[scope=col]").size());

            Map<String, String> fromChart = new TreeMap<>();
            List<BigDecimal> numbers = new ArrayList<>();
            List<Double> widths = new ArrayList<>();
            for (Element bar : svg.select("g.chart__bar")) {
                String label = bar.selectFirst(".chart__label").text();
                String value = bar.selectFirst(".chart__value").text();
                assertEquals(label, bar.attr("data-label"));
                assertEquals(
                        new BigDecimal(bar.attr("data-value")).setScale(0, RoundingMode.HALF_UP),
                        parseFrench(value),
                        id + " " + label);
                fromChart.put(label, value);
                numbers.add(new BigDecimal(bar.attr("data-value")));
                widths.add(Double.parseDouble(bar.selectFirst("rect").attr("width")));
            }
            Map<String, String> fromTable = new TreeMap<>();
            for (Element row : table.select("tbody tr")) {
                fromTable.put(
                        row.selectFirst("th[scope=row]").text(), row.selectFirst("td").text());
            }
            assertFalse(fromChart.isEmpty(), id);
            assertEquals(fromTable, fromChart, id);
            // drawn to scale: the longest bar is the largest value
            double max = numbers.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
            double longest = widths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(numbers.get(i).doubleValue() / max * longest, widths.get(i), 0.1, id);
            }
        }
    }

    @Test
    void showsTheContentFiguresAndTheMeasureCounts() throws IOException {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build().exitCode());
        Document page = parse(site, "chiffres/index.html");
        assertEquals(
                Map.of("Haute-Garonne", "114 982 831 €", "Ariège", "12 319 661 €"),
                table(page, "fonds-de-solidarite-montants"));
        assertEquals(
                Map.of("Haute-Garonne", "86 802", "Ariège", "9 747"),
                table(page, "fonds-de-solidarite-aides"));
        assertEquals(
                Map.of("Ouvert", "1", "Ferme bientôt", "1", "À venir", "1", "Clos", "1"),
                table(page, "mesures-par-statut"));
        assertEquals(
                Map.of("État", "2", "Région Occitanie", "2"), table(page, "mesures-par-financeur"));
        assertTrue(
                page.selectFirst("#fonds-de-solidarite-montants ~ .chart__note a[href]")
                        .attr("href")
                        .startsWith("https://github.com/etalab/dashboard-aides-entreprises/"));
        assertTrue(page.select("script:not([src])").isEmpty());
    }

    @Test
    void isLinkedFromTheHomePageAndTheFooter() throws IOException {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build().exitCode());
        Document home = parse(site, "index.html");
        assertFalse(home.select("main a[href=chiffres/index.html]").isEmpty());
        assertFalse(home.select("footer a[href=chiffres/index.html]").isEmpty());
        Document measure = parse(site, "mesures/aide-alpha/index.html");
        assertFalse(measure.select("footer a[href=../../chiffres/index.html]").isEmpty());
    }

    @Test
    void withoutChiffresYmlThePageShowsTheMeasuresOnly() throws IOException {
        TestSite site = TestSite.minimal(dir);
        site.delete("content/data/chiffres.yml");
        assertEquals(0, site.build().exitCode());
        assertEquals(3, parse(site, "chiffres/index.html").select("section.chart").size());
    }

    @Test
    void realContentFiguresMatchTheOpenDataOfJune2020() throws IOException {
        TestSite site = TestSite.empty(dir);
        TestSite.copyTree(Path.of("content"), dir.resolve("content"));
        TestSite.Result result = site.build("--as-of", "2020-07-01");
        assertEquals(0, result.exitCode(), result.err());
        Document page = parse(site, "chiffres/index.html");
        Map<String, String> aides = table(page, "fonds-de-solidarite-aides");
        assertEquals(13, aides.size());
        assertEquals("90 105", aides.get("Hérault"));
        Map<String, String> montants = table(page, "fonds-de-solidarite-montants");
        assertEquals("119 814 857 €", montants.get("Hérault"));
        // the 13 départements add up to the regional total of the same dataset
        BigDecimal total =
                aides.values().stream()
                        .map(FiguresPageTest::parseFrench)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("386690"), total);
    }

    private static Map<String, String> table(Document page, String id) {
        Map<String, String> rows = new TreeMap<>();
        for (Element row : page.select("section[aria-labelledby=" + id + "] tbody tr")) {
            // French narrow no-break spaces read as spaces
            rows.put(
                    row.selectFirst("th").text().replace('\u202F', ' '),
                    row.selectFirst("td").text().replace('\u202F', ' '));
        }
        return rows;
    }

    /** {@code 12 319 661 €} → 12319661. */
    private static BigDecimal parseFrench(String text) {
        return new BigDecimal(text.replaceAll("[\\s\u00a0\u202f€]", ""));
    }

    private static Document parse(TestSite site, String path) throws IOException {
        return Jsoup.parse(site.out().resolve(path).toFile(), "UTF-8", "");
    }
}
