package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.artisanat.relais.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code mesures.json} is valid against the schema published beside it, and only then. */
class JsonSchemaRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    private TestSite site;

    @BeforeEach
    void build() {
        site = TestSite.minimal(dir);
        TestSite.Result result = site.build("--drafts");
        assertEquals(0, result.exitCode(), result.err());
    }

    private Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(site.read("site/mesures.schema.json"), InputFormat.JSON);
    }

    @Test
    void publishedJsonIsValidAgainstPublishedSchema() {
        List<Error> errors = schema().validate(site.read("site/mesures.json"), InputFormat.JSON);
        assertEquals(List.of(), errors);
    }

    @Test
    void schemaIsDraft202012AndJsonPointsToIt() {
        JsonNode schema = JSON.readTree(site.read("site/mesures.schema.json"));
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
        assertEquals(
                "https://example.org/portail/mesures.schema.json", schema.get("$id").asString());
        JsonNode data = JSON.readTree(site.read("site/mesures.json"));
        assertEquals(schema.get("$id").asString(), data.get("$schema").asString());
        assertEquals("Licence Ouverte 2.0", data.get("licence").asString());
    }

    @Test
    void schemaRejectsWhatTheBuildNeverWrites() {
        ObjectNode data = (ObjectNode) JSON.readTree(site.read("site/mesures.json"));
        ObjectNode first = (ObjectNode) data.get("measures").get(0);
        first.put("status", "ouvert");
        first.put("couleur", "rouge");
        first.remove("slug");
        first.put("opens", "31/03/2020");
        List<Error> errors = schema().validate(JSON.writeValueAsString(data), InputFormat.JSON);
        List<String> where = new ArrayList<>();
        errors.forEach(e -> where.add(e.getKeyword() + " " + e.getInstanceLocation()));
        String report = String.join("\n", where);
        assertTrue(report.contains("enum /measures/0/status"), report);
        assertTrue(report.contains("additionalProperties /measures/0"), report);
        assertTrue(report.contains("required /measures/0"), report);
        assertTrue(report.contains("pattern /measures/0/opens"), report);
    }

    @Test
    void everyMeasureKeyOfTheJsonIsDocumented() {
        JsonNode data = JSON.readTree(site.read("site/mesures.json"));
        String page = site.read("site/donnees-ouvertes/index.html");
        List<String> keys = new ArrayList<>(data.propertyNames());
        data.get("measures").get(0).propertyNames().forEach(keys::add);
        assertFalse(keys.isEmpty());
        for (String key : keys) {
            assertTrue(page.contains("<th scope=\"row\"><code>" + key + "</code></th>"), key);
        }
        assertTrue(
                page.contains("href=\"https://www.etalab.gouv.fr/licence-ouverte-open-licence/\""));
    }

    @Test
    void homeAndFooterLinkToTheOpenDataPage() {
        Document home = Jsoup.parse(site.read("site/index.html"));
        assertEquals(2, home.select("a[href=donnees-ouvertes/index.html]").size());
        assertEquals(1, home.select("footer a[href=donnees-ouvertes/index.html]").size());
        Document openData = Jsoup.parse(site.read("site/donnees-ouvertes/index.html"));
        for (String file :
                List.of("mesures.json", "mesures.csv", "mesures.schema.json", "echeances.ics")) {
            assertEquals(1, openData.select("main a[href=../" + file + "]").size(), file);
            assertTrue(Files.exists(site.out().resolve(file)), file);
        }
    }

    /** The portal's real content, built into {@code out}: the files reusers will actually get. */
    static Path buildRealContent(Path out) {
        TestSite.Result result =
                TestSite.run(
                        List.of(
                                "build",
                                "--content",
                                Path.of("content").toAbsolutePath().toString(),
                                "--templates",
                                TestSite.TEMPLATES.toAbsolutePath().toString(),
                                "--out",
                                out.toString(),
                                "--as-of",
                                "2020-05-15"));
        assertEquals(0, result.exitCode(), result.err());
        return out;
    }

    @Test
    void realContentIsValidAgainstItsSchema() throws Exception {
        Path out = buildRealContent(dir.resolve("reel"));
        Schema schema =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(
                                Files.readString(out.resolve("mesures.schema.json")),
                                InputFormat.JSON);
        String json = Files.readString(out.resolve("mesures.json"));
        assertEquals(List.of(), schema.validate(json, InputFormat.JSON));
        assertTrue(JSON.readTree(json).get("measures").size() > 20);
    }
}
