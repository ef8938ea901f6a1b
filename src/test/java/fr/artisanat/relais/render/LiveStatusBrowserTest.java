package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import fr.artisanat.relais.browser.Browser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page built on one day and read on another, in headless Chromium with the visitor's clock mocked
 * through the DevTools protocol: {@code assets/statut.js} must show exactly what a build on the
 * visitor's day shows (badges, details, the home page's open list, the closed notice), before,
 * during, near the end of and after a measure's period.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveStatusBrowserTest {
    private static final String BUILD_DATE = "2020-04-15";

    /** Opens after the build date and closes within the "ferme bientôt" window later. */
    private static final String SUMMER =
            """
            ---
            title: Aide d'été aux ateliers
            summary: Une aide qui ouvre après la construction du site.
            level: regional
            funders: [region-occitanie]
            categories: [subventions]
            territories: [occitanie]
            opens: 2020-05-10
            closes: 2020-06-30
            apply_url: https://www.laregion.fr/
            sources:
              - title: Délibération
                url: https://www.laregion.fr/
            updated: 2020-04-12
            ---
            Le texte.
            """;

    private Path dir;
    private TestSite built;
    private TestSite reference;
    private ChromeDriver browser;

    @BeforeAll
    void buildSiteAndStartBrowser(@TempDir Path tmp) throws IOException {
        this.dir = tmp;
        Browser.requireChromium();
        built = TestSite.minimal(dir.resolve("built"));
        built.write("content/measures/aide-ete.md", SUMMER);
        TestSite.Result result = built.build("--as-of", BUILD_DATE);
        assertEquals(0, result.exitCode(), result.err());
        reference = TestSite.minimal(dir.resolve("reference"));
        reference.write("content/measures/aide-ete.md", SUMMER);

        browser = Browser.driver(Browser.headless(dir.resolve("profile")));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Before, on the opening day, during, first day of "ferme bientôt", near the end, last day,
     * after; plus a measure already open at build time that closes (pret-beta, 2020-05-01) and one
     * that enters "ferme bientôt" (aide-alpha, 2020-07-01).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "2020-04-30",
                "2020-05-02",
                "2020-05-09",
                "2020-05-10",
                "2020-05-20",
                "2020-05-30",
                "2020-05-31",
                "2020-06-29",
                "2020-06-30",
                "2020-07-01",
                "2020-08-01"
            })
    void showsWhatABuildOnTheVisitorsDayShows(String visitorDay) {
        TestSite.Result result = reference.build("--as-of", visitorDay);
        assertEquals(0, result.exitCode(), result.err());
        useClock(visitorDay);
        for (String page : List.of("mesures/aide-ete/index.html", "mesures/pret-beta/index.html")) {
            open(page, visitorDay);
            assertEquals(
                    expected(page, "article.measure .measure__status"),
                    visibleText("article.measure .measure__status"),
                    page + " le " + visitorDay);
            assertEquals(
                    expected(page, "article.measure .apply"),
                    visibleText("article.measure .apply"),
                    page + " le " + visitorDay);
        }
        open("index.html", visitorDay);
        assertEquals(expected("index.html", "#ouvertes"), visibleText("#ouvertes"));
        assertEquals(
                expected("index.html", "[data-open-list], [data-open-empty]"),
                visibleText("[data-open-list], [data-open-empty]"),
                "liste des mesures ouvertes le " + visitorDay);
        assertEquals(
                expected("index.html", "ul.stats"),
                visibleText("ul.stats"),
                "chiffres de l'accueil le " + visitorDay);
        open("mesures/index.html", visitorDay);
        assertEquals(expectedCards("mesures/index.html"), cards(), "cartes le " + visitorDay);
        assertEquals(
                expected("mesures/index.html", "main .lead"),
                visibleText("main .lead"),
                "décompte de la liste le " + visitorDay);
    }

    /**
     * Built while it is still to come, the page keeps its button hidden; read from its opening day
     * the button shows, and after it closes there is nothing to click again.
     */
    @Test
    void applyButtonShowsOnlyWhileTheMeasureIsOpenOnTheVisitorsDay() {
        useClock("2020-05-09");
        open("mesures/aide-ete/index.html", "2020-05-09");
        assertEquals("", visibleText("article.measure .apply"));
        assertEquals(
                "Ouvre le 10 mai 2020 : la demande ne peut pas encore être faite.",
                visibleText("article.measure .apply-later").replace('\u202F', ' '));
        useClock("2020-05-10");
        open("mesures/aide-ete/index.html", "2020-05-10");
        assertEquals("Faire la demande (site externe)", visibleText("article.measure .apply"));
        assertEquals("", visibleText("article.measure .apply-later"));
        useClock("2020-07-01");
        open("mesures/aide-ete/index.html", "2020-07-01");
        assertEquals("", visibleText("article.measure .apply, article.measure .apply-later"));
    }

    /**
     * A list by status (a situation, a term page) read after a measure closed: the measure moves to
     * « Closes » and the counts follow, as a build on that day lists them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2020-05-10", "2020-08-01"})
    void listsByStatusRegroupOnTheVisitorsDay(String visitorDay) {
        TestSite.Result result = reference.build("--as-of", visitorDay);
        assertEquals(0, result.exitCode(), result.err());
        useClock(visitorDay);
        for (String page :
                List.of(
                        "categories/subventions/index.html",
                        "situations/perte-de-chiffre/index.html")) {
            open(page, visitorDay);
            assertEquals(
                    expected(page, ".group-nav, .status-group h2"),
                    visibleText(".group-nav, .status-group h2"),
                    page + " le " + visitorDay);
            for (String group : List.of("open", "upcoming", "closed")) {
                String selector = "[data-group=" + group + "] a[href*=mesures]";
                assertEquals(
                        sorted(expectedTexts(page, selector)),
                        sorted(visibleTexts(selector)),
                        page + " " + group + " le " + visitorDay);
            }
        }
    }

    private List<String> visibleTexts(String selector) {
        @SuppressWarnings("unchecked")
        List<String> texts =
                (List<String>)
                        js(
                                "return Array.from(document.querySelectorAll(arguments[0]))"
                                        + ".filter(e => !e.closest('[hidden]'))"
                                        + ".map(e => e.textContent.trim());",
                                selector);
        return texts;
    }

    private List<String> expectedTexts(String page, String selector) {
        List<String> texts = new ArrayList<>();
        for (Element e : parse(reference.out().resolve(page)).select(selector)) {
            if (e.closest("[hidden]") == null) {
                texts.add(e.text());
            }
        }
        return texts;
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    @Test
    void closedMeasureGetsTheNoticeAndLosesTheApplyButton() {
        useClock("2020-07-01");
        open("mesures/aide-ete/index.html", "2020-07-01");
        assertEquals("", visibleText("article.measure .apply"));
        assertTrue(
                visibleText(".measure__status").contains("n'accepte plus de demandes"),
                visibleText(".measure__status"));
        assertTrue(
                browser.findElement(By.cssSelector(".measure__status"))
                        .getAttribute("class")
                        .contains("notice"));
        assertTrue(
                browser.findElement(By.cssSelector(".measure__status .badge"))
                        .getAttribute("class")
                        .contains("badge--closed"));
    }

    @Test
    void leavesThePageAsBuiltWhenTheVisitorsClockIsBeforeTheBuildDate() {
        useClock("2020-03-01");
        browser.get(built.out().resolve("mesures/aide-ete/index.html").toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> "complete".equals(js("return document.readyState")));
        assertNull(browser.findElement(By.tagName("body")).getAttribute("data-status-date"));
        assertEquals("Statut : À venir Ouvre le 10 mai 2020", visibleText(".measure__status"));
    }

    @Test
    void pagesCarryTheBuildStatusWithoutJavaScript() throws IOException {
        Document page =
                Jsoup.parse(
                        built.out().resolve("mesures/aide-ete/index.html").toFile(), "UTF-8", "");
        Element article = page.selectFirst("article.measure");
        assertEquals("upcoming", article.attr("data-live-status"));
        assertEquals("2020-05-10", article.attr("data-opens"));
        assertEquals("2020-06-30", article.attr("data-closes"));
        assertEquals(BUILD_DATE, page.body().attr("data-build-date"));
        assertFalse(page.select("script[src$=assets/statut.js]").isEmpty());
        // JSON-LD is data, not code: the CSP does not run it
        assertTrue(
                page.select("script:not([src]):not([type=application/ld+json])").isEmpty(),
                "pas de script en ligne (CSP)");
        Document home = Jsoup.parse(built.out().resolve("index.html").toFile(), "UTF-8", "");
        Element summer = home.selectFirst("[data-open-list] li:has(a[href$=aide-ete/index.html])");
        assertTrue(summer.hasAttr("hidden"), summer.outerHtml());
    }

    /** Replaces the page's Date before any script runs, on every new document. */
    private void useClock(String isoDay) {
        LocalDate d = LocalDate.parse(isoDay);
        // 10:00 UTC is midday in Paris: well inside the same Paris day
        long epochMs = d.atTime(10, 0).toEpochSecond(java.time.ZoneOffset.UTC) * 1000;
        if (clockScript != null) {
            browser.executeCdpCommand(
                    "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clockScript));
        }
        String source =
                "(() => { const fixed = "
                        + epochMs
                        + "; const Real = Date;"
                        + " class MockDate extends Real {"
                        + "  constructor(...a) { if (a.length === 0) { super(fixed); } else { super(...a); } }"
                        + "  static now() { return fixed; } }"
                        + " globalThis.Date = MockDate; })();";
        Map<String, Object> added =
                browser.executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
        clockScript = (String) added.get("identifier");
    }

    private String clockScript;

    private void open(String page, String visitorDay) {
        browser.get(built.out().resolve(page).toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        b ->
                                visitorDay.equals(
                                        b.findElement(By.tagName("body"))
                                                .getAttribute("data-status-date")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The text of the matching elements without their [hidden] parts, as a reader gets it. */
    private String visibleText(String selector) {
        return (String)
                js(
                        "return Array.from(document.querySelectorAll(arguments[0]))"
                                + ".filter(e => !e.hidden).map(e => { const c = e.cloneNode(true);"
                                + " c.querySelectorAll('[hidden]').forEach(h => h.remove());"
                                + " return c.textContent; }).join(' ').replace(/\\s+/g, ' ').trim();",
                        selector);
    }

    /** The same text in the page a build on the visitor's day wrote. */
    private String expected(String page, String selector) {
        Document doc = parse(reference.out().resolve(page));
        List<String> texts = new ArrayList<>();
        for (Element e : doc.select(selector)) {
            if (e.hasAttr("hidden")) {
                continue;
            }
            Element copy = e.clone();
            copy.select("[hidden]").remove();
            texts.add(copy.text());
        }
        // as the browser's \s does, French no-break spaces read as spaces
        return String.join(" ", texts).replaceAll("[\\s\u00A0\u202F]+", " ").trim();
    }

    private Map<String, String> cards() {
        @SuppressWarnings("unchecked")
        Map<String, String> cards =
                (Map<String, String>)
                        js(
                                "const m = {}; document.querySelectorAll('article.card').forEach(c =>"
                                        + " m[c.querySelector('.card__title').textContent.trim()] ="
                                        + " c.className + ' | ' + c.querySelector('.card__status')"
                                        + ".textContent.replace(/\\s+/g, ' ').trim()); return m;");
        return new TreeMap<>(cards);
    }

    private Map<String, String> expectedCards(String page) {
        Map<String, String> cards = new TreeMap<>();
        for (Element c : parse(reference.out().resolve(page)).select("article.card")) {
            cards.put(
                    c.selectFirst(".card__title").text(),
                    c.className()
                            + " | "
                            + c.selectFirst(".card__status")
                                    .text()
                                    .replaceAll("[\u00A0\u202F]", " "));
        }
        return cards;
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
