package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import org.w3c.dom.NodeList;

/**
 * The {@link HostileCorpus} in every field and body: what the build publishes is text, never markup
 * or script, in the pages, the open-data JSON, the Atom feed and the search index; what it cannot
 * make harmless (script addresses, direction overrides) it refuses with a diagnostic. {@code
 * HostileInputTest} covers hostile files; the browser side is {@code HostileContentBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusTest {
    private static final Pattern SCRIPT_URL =
            Pattern.compile("(?i)^\\s*(javascript|data|vbscript):.*");

    /** Elements the portal's templates never use and sanitised bodies must never contain. */
    private static final String FORBIDDEN =
            "iframe, object, embed, base, form:not(.search), style, svg, math, meta[http-equiv=refresh],"
                    + " link[rel=import], frame, frameset, applet";

    private TestSite site;
    private Map<String, byte[]> out;

    @BeforeAll
    void buildTheHostileSite(@TempDir Path dir) {
        site = HostileCorpus.write(dir);
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        out = TestSite.snapshot(site.out());
    }

    @Test
    void pagesCarryNoInjectedMarkupScriptOrHandler() {
        int pages = 0;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : out.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            Document doc = Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8));
            for (Element script : doc.select("script")) {
                String src = script.attr("src");
                // JSON-LD is data no browser runs; a value breaking out of it would show up as
                // the elements and attributes checked below.
                boolean jsonLd = src.isEmpty() && script.attr("type").equals("application/ld+json");
                if (!src.endsWith("assets/search-analyzer.js")
                        && !src.endsWith("assets/search.js")
                        && !src.endsWith("assets/statut.js")
                        && !jsonLd) {
                    problems.add(file.getKey() + " : " + script);
                }
            }
            for (Element e : doc.select(FORBIDDEN)) {
                // The « Chiffres » page's own bar charts; their labels are text (checked below).
                boolean chart =
                        file.getKey().equals("chiffres/index.html") && e.is("svg.chart__svg");
                if (!chart) {
                    problems.add(file.getKey() + " : " + e);
                }
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    boolean handler = a.getKey().toLowerCase().startsWith("on");
                    boolean url =
                            List.of("href", "src", "action", "formaction", "data", "srcdoc")
                                    .contains(a.getKey());
                    if (handler
                            || a.getKey().equals("style")
                            || (url && SCRIPT_URL.matcher(a.getValue()).matches())) {
                        problems.add(file.getKey() + " : " + a);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(pages > 30, pages + " pages");
        System.out.printf(
                "[chiffres] XSS : %d valeurs hostiles publiées dans %d pages, %d balise ou"
                        + " attribut injecté%n",
                HostileCorpus.valuesPublished(), pages, problems.size());
    }

    @Test
    void eachHostileValueIsShownAsTheTextTheEditorWrote() {
        for (int i = 0; i < HostileCorpus.TEXT.size(); i++) {
            String value = HostileCorpus.TEXT.get(i);
            Document doc = page("mesures/hostile-" + i + "/index.html");
            assertEquals("Hostile " + i + " " + value, doc.selectFirst("h1").text(), value);
            assertTrue(doc.title().startsWith("Hostile " + i + " " + value), doc.title());
            assertTrue(doc.selectFirst("main").text().contains("Paragraphe piégé"), value);
        }
        assertEquals(
                "Portail " + HostileCorpus.TEXT.get(0),
                page("index.html").selectFirst(".site-brand__name").text());
    }

    @Test
    void openDataJsonDecodesToTheSameTextsAndHidesNoMarkup() {
        String json = text("mesures.json");
        assertFalse(json.contains("<"), "JSON is safe to embed in a page: < is escaped");
        assertFalse(json.contains(">"));
        Object parsed = new Json().toType(json, Object.class);
        String flat = String.valueOf(parsed);
        for (int i = 0; i < HostileCorpus.TEXT.size(); i++) {
            assertTrue(
                    flat.contains("Hostile " + i + " " + HostileCorpus.TEXT.get(i)),
                    "title " + i + " survives JSON intact");
        }
    }

    @Test
    void atomFeedIsWellFormedAndCarriesTheTitlesAsText() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document feed =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.get("flux.xml")));
        NodeList titles = feed.getElementsByTagName("title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        for (int i = 0; i < HostileCorpus.TEXT.size(); i++) {
            assertTrue(
                    texts.contains("Hostile " + i + " " + HostileCorpus.TEXT.get(i)),
                    "feed title " + i + " in " + texts);
        }
        assertEquals(0, feed.getElementsByTagName("script").getLength());
    }

    @Test
    void searchIndexScriptsAreOneCallWithJsonThatCannotCloseOrBreakOut() {
        int files = 0;
        for (Map.Entry<String, byte[]> file : out.entrySet()) {
            if (!file.getKey().startsWith("recherche/index/")) {
                continue;
            }
            files++;
            String js = new String(file.getValue(), StandardCharsets.UTF_8).strip();
            assertTrue(
                    js.matches("(?s)RelaisSearch\\.load\\(\"[a-z0-9-]+\",[\\[{\"].*[\\]}\"]\\);?"),
                    file.getKey());
            String data = js.substring(js.indexOf(',') + 1, js.lastIndexOf(')'));
            assertFalse(data.contains("<"), file.getKey() + " has a raw <");
            assertFalse(data.contains("\u2028") || data.contains("\u2029"), file.getKey());
            // The argument is one JSON value: parsing it consumes everything up to the ')'.
            new Json().toType(data, Object.class);
        }
        assertTrue(files > 5, files + " index files");
    }

    @Test
    void refusesScriptAddressesInEveryUrlFieldWithADiagnosticEach(@TempDir Path dir) {
        int tried = 0;
        for (String url : HostileCorpus.URLS) {
            TestSite bad = TestSite.minimal(dir.resolve("u" + tried));
            String q = HostileCorpus.q(url);
            bad.write(
                    "content/measures/aide-alpha.md",
                    bad.read("content/measures/aide-alpha.md")
                            .replace("apply_url: https://www.impots.gouv.fr/", "apply_url: " + q)
                            .replace(
                                    "url: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000041768315",
                                    "url: " + q));
            bad.write(
                    "content/data/funders.yml",
                    bad.read("content/data/funders.yml")
                            .replace("url: https://www.economie.gouv.fr/", "url: " + q));
            bad.write(
                    "content/data/chambers.yml",
                    bad.read("content/data/chambers.yml")
                            .replace("url: https://www.cm-toulouse.fr/", "url: " + q));
            bad.write(
                    "content/site.yml",
                    bad.read("content/site.yml")
                            .replace("base_url: https://example.org/portail/", "base_url: " + q));
            TestSite.Result result = bad.build();
            assertEquals(1, result.exitCode(), url + "\n" + result.err());
            assertFalse(result.err().contains("Exception"), result.err());
            for (String field :
                    List.of(
                            "content/measures/aide-alpha.md:13:12: erreur : « apply_url » : adresse invalide",
                            "content/measures/aide-alpha.md:16:10: erreur : « url » : adresse invalide",
                            "content/data/funders.yml:4:8: erreur : « url » : adresse invalide",
                            "content/data/chambers.yml:8:8: erreur : « url » : adresse invalide",
                            "content/site.yml:3:11: erreur : « base_url » : adresse invalide")) {
                assertTrue(
                        result.diagnostics().contains(field),
                        url + " in " + field + " not reported:\n" + result.diagnostics());
                tried++;
            }
            assertFalse(java.nio.file.Files.exists(bad.out()), "nothing published");
        }
        System.out.printf("[chiffres] XSS : %d adresses hostiles refusées%n", tried);
    }

    @Test
    void refusesMarkdownLinksToScriptAddressesAtTheirLine(@TempDir Path dir) {
        TestSite bad = TestSite.minimal(dir);
        StringBuilder body = new StringBuilder("Pièges.\n\n");
        for (String trick : HostileCorpus.MARKDOWN_REFUSED) {
            body.append(trick).append("\n\n");
        }
        bad.write(
                "content/pages/pieges.md", "---\ntitle: Pièges\nupdated: 2020-04-01\n---\n" + body);
        TestSite.Result result = bad.build();
        assertEquals(1, result.exitCode(), result.err());
        String[] lines = result.diagnostics().split("\n");
        assertEquals(HostileCorpus.MARKDOWN_REFUSED.size(), lines.length, result.diagnostics());
        for (String line : lines) {
            assertTrue(
                    line.matches(
                            "content/pages/pieges\\.md:\\d+:\\d+: erreur : lien « .* » refusé :"
                                    + " seules les adresses http\\(s\\)://, mailto: et tel: sont acceptées"),
                    line);
        }
        System.out.printf("[chiffres] XSS : %d liens Markdown hostiles refusés%n", lines.length);
    }

    @Test
    void refusesDirectionOverridesInFieldsListsAndBodies(@TempDir Path dir) {
        for (String value : HostileCorpus.DIRECTION) {
            TestSite bad = TestSite.minimal(dir.resolve("d" + value.hashCode()));
            bad.write(
                    "content/measures/aide-alpha.md",
                    bad.read("content/measures/aide-alpha.md")
                            .replace(
                                    "title: Aide alpha pour les artisans",
                                    "title: " + HostileCorpus.q("Aide " + value))
                            .replace("tags: [perte,", "tags: [" + HostileCorpus.q(value) + ",")
                            .replace("## Pour qui ?", "## Pour qui " + value + " ?"));
            TestSite.Result result = bad.build();
            assertEquals(1, result.exitCode(), result.err());
            String code =
                    String.format(
                            "U+%04X",
                            (int)
                                    value.codePoints()
                                            .filter(c -> c >= 0x202A && c <= 0x2069)
                                            .findFirst()
                                            .getAsInt());
            String fix =
                    " : caractère invisible de sens d'écriture "
                            + code
                            + " refusé (il inverse l'affichage du texte qui le suit) — supprimez-le,"
                            + " par exemple en retapant ce passage\n";
            String column =
                    String.valueOf(
                            13 + value.indexOf(code.equals("U+202E") ? '\u202E' : value.charAt(0)));
            assertEquals(
                    "content/measures/aide-alpha.md:2:8: erreur : « title »"
                            + fix
                            + "content/measures/aide-alpha.md:20:8: erreur : « tags »"
                            + fix
                            + "content/measures/aide-alpha.md:22:"
                            + column
                            + ": erreur : texte"
                            + fix,
                    result.diagnostics());
        }
    }

    private Document page(String path) {
        return Jsoup.parse(text(path));
    }

    private String text(String path) {
        byte[] bytes = out.get(path);
        assertTrue(bytes != null, path + " missing");
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
