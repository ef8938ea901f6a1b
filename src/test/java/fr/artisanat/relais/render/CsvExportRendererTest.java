package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code mesures.csv} reads back, with a real CSV parser, to the values of mesures.json. */
class CsvExportRendererTest {
    private static final String HOSTILE_TITLE = "Aide ; \"rebond\", 50 % </script> \\ fin";

    @TempDir Path dir;

    private TestSite hostileSite() {
        TestSite site = TestSite.minimal(dir);
        String alpha = site.read("content/measures/aide-alpha.md");
        site.write(
                "content/measures/aide-alpha.md",
                alpha.replace(
                                "title: Aide alpha pour les artisans",
                                "title: '" + HOSTILE_TITLE.replace("'", "''") + "'")
                        .replace(
                                "tags: [perte, chiffre d'affaires]",
                                "tags: [\"=1+1\", \"a|b\", perte]"));
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        return site;
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        CSVFormat format =
                CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        }
    }

    @Test
    void startsWithByteOrderMarkAndEndsRowsWithCrlf() throws IOException {
        TestSite site = hostileSite();
        byte[] bytes = Files.readAllBytes(site.out().resolve("mesures.csv"));
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        // Outside quoted cells, every line break is CRLF; inside, the body keeps its own.
        boolean quoted = false;
        int rows = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                assertEquals('\r', text.charAt(i - 1), "row end at " + i);
                rows++;
            }
        }
        assertEquals(5, rows, "header and 4 measures");
        assertTrue(text.endsWith("\r\n"));
    }

    @Test
    void readsBackToTheValuesOfTheJson() throws IOException {
        TestSite site = hostileSite();
        String text = site.read("site/mesures.csv").substring(1);
        List<CSVRecord> records = parse(text);
        List<String> header = records.get(0).toList();
        assertEquals(
                List.of(
                        "slug",
                        "url",
                        "title",
                        "summary",
                        "status",
                        "level",
                        "funders",
                        "categories",
                        "beneficiaries",
                        "territories",
                        "amount",
                        "amount_max",
                        "opens",
                        "closes",
                        "apply_url",
                        "sources",
                        "source_titles",
                        "contact",
                        "updated",
                        "reviewed",
                        "tags",
                        "draft",
                        "body"),
                header);
        JsonNode measures =
                new ObjectMapper().readTree(site.read("site/mesures.json")).get("measures");
        assertEquals(measures.size(), records.size() - 1);
        for (int i = 0; i < measures.size(); i++) {
            JsonNode json = measures.get(i);
            CSVRecord row = records.get(i + 1);
            assertEquals(header.size(), row.size());
            String slug = json.get("slug").asString();
            for (String key : List.of("slug", "url", "title", "summary", "status", "body")) {
                assertEquals(
                        json.get(key).asString(), row.get(header.indexOf(key)), slug + " " + key);
            }
            List<String> territories = new ArrayList<>();
            json.get("territories").forEach(t -> territories.add(t.asString()));
            assertEquals(
                    String.join(" | ", territories), row.get(header.indexOf("territories")), slug);
            String opens = json.get("opens").isNull() ? "" : json.get("opens").asString();
            assertEquals(opens, row.get(header.indexOf("opens")), slug);
        }
        CSVRecord alpha = records.get(1);
        assertEquals(HOSTILE_TITLE, alpha.get(header.indexOf("title")));
        assertTrue(alpha.get(header.indexOf("body")).contains("\n\nLes entreprises"));
        assertEquals("1500", alpha.get(header.indexOf("amount_max")));
        assertEquals("non", alpha.get(header.indexOf("draft")));
    }

    @Test
    void guardsFormulasAndListSeparatorsInCells() throws IOException {
        TestSite site = hostileSite();
        List<CSVRecord> records = parse(site.read("site/mesures.csv").substring(1));
        int tags = records.get(0).toList().indexOf("tags");
        assertEquals("'=1+1 | a/b | perte", records.get(1).get(tags));
    }

    @Test
    void quotesOnlyCellsThatNeedIt() {
        assertEquals("simple", CsvExportRenderer.cell("simple"));
        assertEquals("\"a;b\"", CsvExportRenderer.cell("a;b"));
        assertEquals("\"dit \"\"oui\"\"\"", CsvExportRenderer.cell("dit \"oui\""));
        assertEquals("\"ligne 1\nligne 2\"", CsvExportRenderer.cell("ligne 1\nligne 2"));
        assertEquals("'@SOMME(A1)", CsvExportRenderer.cell("@SOMME(A1)"));
        assertEquals("", CsvExportRenderer.cell(null));
    }
}
