package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Each measure page describes itself in schema.org JSON-LD that parses and cannot break out. */
class JsonLdRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private static JsonNode graph(TestSite site, String slug) {
        Document page = Jsoup.parse(site.read("site/mesures/" + slug + "/index.html"));
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), slug);
        assertTrue(
                page.select("script:not([src]):not([type=application/ld+json])").isEmpty(), slug);
        JsonNode root = JSON.readTree(scripts.get(0).data());
        assertEquals("https://schema.org", root.get("@context").asString());
        return root.get("@graph");
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get("name").asString()));
        return names;
    }

    @Test
    void describesServiceAndIncentiveWhenThereIsAnAmount() {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build().exitCode());
        JsonNode graph = graph(site, "aide-alpha");
        assertEquals(2, graph.size());
        JsonNode service = graph.get(0);
        assertEquals("GovernmentService", service.get("@type").asString());
        assertEquals("Aide alpha pour les artisans", service.get("name").asString());
        assertEquals(
                "https://example.org/portail/mesures/aide-alpha/", service.get("url").asString());
        assertEquals(List.of("État"), names(service.get("provider")));
        assertEquals(
                "GovernmentOrganization", service.get("provider").get(0).get("@type").asString());
        assertEquals(List.of("France"), names(service.get("areaServed")));
        assertEquals("2020-03-31", service.get("offers").get("validFrom").asString());
        assertEquals("2020-07-31", service.get("offers").get("validThrough").asString());
        JsonNode aid = graph.get(1);
        assertEquals("FinancialIncentive", aid.get("@type").asString());
        assertEquals("Jusqu'à 1 500 €", aid.get("description").asString());
        assertEquals(1500, aid.get("incentiveAmount").get("maxValue").asInt());
        assertEquals("EUR", aid.get("incentiveAmount").get("unitCode").asString());
        assertEquals("2020-07-31", aid.get("validThrough").asString());
        assertEquals(List.of("État"), names(aid.get("provider")));
    }

    @Test
    void describesOnlyTheServiceWithoutAmount() {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build().exitCode());
        JsonNode graph = graph(site, "gamma-a-venir");
        assertEquals(1, graph.size());
        assertEquals("GovernmentService", graph.get(0).get("@type").asString());
        assertEquals(List.of("Haute-Garonne"), names(graph.get(0).get("areaServed")));
        assertEquals("2020-06-01", graph.get(0).get("offers").get("validFrom").asString());
        assertFalse(graph.get(0).get("offers").has("validThrough"));
    }

    @Test
    void closingScriptTagInContentStaysInsideTheData() {
        String title = "Aide </script><script>alert(1)</script> & <!-- co";
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/measures/aide-alpha.md",
                site.read("content/measures/aide-alpha.md")
                        .replace("title: Aide alpha pour les artisans", "title: '" + title + "'"));
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        String html = site.read("site/mesures/aide-alpha/index.html");
        assertFalse(html.contains("<script>alert(1)"));
        assertEquals(title, graph(site, "aide-alpha").get(0).get("name").asString());
    }
}
