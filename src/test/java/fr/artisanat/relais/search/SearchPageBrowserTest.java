package fr.artisanat.relais.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.artisanat.relais.TestSite;
import fr.artisanat.relais.browser.Browser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page as an artisan uses it, in headless Chromium, both from a static web server on
 * 127.0.0.1 and opened straight from disk ({@code file://}). Needs Debian's {@code chromium} and
 * {@code chromium-driver}; skipped without them, except in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserTest {

    private Path dir;
    private TestSite site;
    private HttpServer server;
    private WebDriver browser;

    @BeforeAll
    void buildSiteAndStartBrowser(@TempDir Path tmp) throws IOException {
        this.dir = tmp;
        Browser.requireChromium();
        site = TestSite.minimal(dir.resolve("site-src"));
        site.write(
                "content/measures/activite-partielle.md",
                """
                ---
                title: Activité partielle des salariés
                summary: L'État prend en charge l'activité partielle des entreprises artisanales.
                level: national
                funders: [etat]
                categories: [subventions]
                territories: [france]
                sources:
                  - title: Code du travail
                    url: https://www.legifrance.gouv.fr/
                updated: 2020-04-10
                ---
                Les heures non travaillées sont indemnisées.
                """);
        site.write("content/data/synonyms.yml", "- terms: [chômage partiel, activité partielle]\n");
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Path root = site.out();
        server.createContext(
                "/",
                exchange -> {
                    Path file = root.resolve(exchange.getRequestURI().getPath().substring(1));
                    if (Files.isDirectory(file)) {
                        file = file.resolve("index.html");
                    }
                    byte[] body =
                            Files.isRegularFile(file) && file.normalize().startsWith(root)
                                    ? Files.readAllBytes(file)
                                    : null;
                    String name = file.getFileName().toString();
                    exchange.getResponseHeaders()
                            .set(
                                    "Content-Type",
                                    name.endsWith(".js")
                                            ? "text/javascript; charset=utf-8"
                                            : name.endsWith(".css")
                                                    ? "text/css"
                                                    : "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(
                            body == null ? 404 : 200, body == null ? -1 : body.length);
                    if (body != null) {
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                    }
                    exchange.close();
                });
        server.start();

        browser = Browser.driver(Browser.headless(dir.resolve("profile")));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private String searchPage(String mode) {
        return mode.equals("http")
                ? "http://127.0.0.1:" + server.getAddress().getPort() + "/recherche/index.html"
                : site.out().resolve("recherche/index.html").toUri().toString();
    }

    /** Opens the search page with {@code query} (URL parameters) and waits for its results. */
    private void open(String mode, String query) {
        browser.get(searchPage(mode) + (query.isEmpty() ? "" : "?" + query));
        waitReady();
    }

    private void waitReady() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        b ->
                                "ready"
                                        .equals(
                                                b.findElement(By.id("finder"))
                                                        .getAttribute("data-state")));
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector("#search-results li h2 a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String status() {
        return browser.findElement(By.id("finder-status")).getText();
    }

    private void waitFor(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> condition.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void findsMeasuresWithOrWithoutAccentsAndPlurals(String mode) {
        for (String words : List.of("prêt", "pret", "PRETS", "prêts région")) {
            open(mode, q(words));
            assertEquals("Prêt bêta de la Région", titles().get(0), words);
        }
        assertTrue(
                browser.findElement(By.cssSelector("#search-results li a"))
                        .getAttribute("href")
                        .endsWith("mesures/pret-beta/index.html"));
        assertEquals(
                "Prêt",
                browser.findElement(By.cssSelector("#search-results li .result__summary mark"))
                        .getText()
                        .replace("prêt", "Prêt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void toleratesATypoAndMatchesSynonymsAndPrefixes(String mode) {
        open(mode, q("subvantion"));
        assertTrue(titles().contains("Aide alpha pour les artisans"), titles().toString());

        open(mode, q("chomage partiel"));
        assertEquals(List.of("Activité partielle des salariés"), titles());
        assertEquals("1 mesure trouvée.", status());

        open(mode, q("taux zér"));
        assertEquals(List.of("Prêt bêta de la Région"), titles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void filtersByFacetsWithCountsAndTerritoryHierarchy(String mode) {
        open(mode, "territoire=31");
        // Haute-Garonne also shows the regional and national measures.
        assertEquals(5, titles().size(), titles().toString());
        open(mode, "territoire=09");
        assertFalse(titles().contains("Gamma, une aide à venir en Haute-Garonne"));
        assertEquals(4, titles().size(), titles().toString());

        open(mode, q("aide"));
        WebElement label = browser.findElement(By.cssSelector("label[for='f-statut-a-venir']"));
        assertEquals("À venir (1)", label.getText());
        browser.findElement(By.id("f-statut-a-venir")).click();
        waitFor(() -> titles().equals(List.of("Gamma, une aide à venir en Haute-Garonne")));
        assertTrue(browser.getCurrentUrl().contains("statut=a-venir"), browser.getCurrentUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void keepsQueryAndFiltersInTheUrlAndHonoursTheBackButton(String mode) {
        open(mode, "");
        WebElement input = browser.findElement(By.id("finder-q"));
        input.sendKeys("aide", Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().contains("q=aide"));
        browser.findElement(By.id("f-financeur-region-occitanie")).click();
        waitFor(() -> browser.getCurrentUrl().contains("financeur=region-occitanie"));
        waitFor(() -> titles().equals(List.of("Gamma, une aide à venir en Haute-Garonne")));

        browser.navigate().back();
        waitFor(() -> !browser.getCurrentUrl().contains("financeur="));
        waitFor(() -> titles().size() > 1);
        assertFalse(browser.findElement(By.id("f-financeur-region-occitanie")).isSelected());
        assertEquals("aide", browser.findElement(By.id("finder-q")).getAttribute("value"));

        // A shared link gives the same list.
        open(mode, q("aide") + "&financeur=region-occitanie");
        assertEquals(List.of("Gamma, une aide à venir en Haute-Garonne"), titles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void explainsAnEmptyResultAndSuggestsASpelling(String mode) {
        open(mode, q("alpa"));
        assertEquals("Aucune mesure ne correspond à votre recherche.", status());
        assertTrue(browser.findElement(By.id("finder-empty")).isDisplayed());
        assertTrue(
                browser.findElements(By.cssSelector("#finder-empty a")).stream()
                        .anyMatch(a -> a.getAttribute("href").endsWith("mesures/index.html")));
        waitFor(() -> browser.findElement(By.id("finder-suggest")).isDisplayed());
        WebElement suggestion = browser.findElement(By.cssSelector("#finder-suggest a"));
        assertEquals("alpha", suggestion.getText());
        suggestion.click();
        waitFor(() -> titles().contains("Aide alpha pour les artisans"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void headerSearchBoxLeadsToTheSearchPage(String mode) {
        String home = searchPage(mode).replace("recherche/index.html", "index.html");
        browser.get(home);
        WebElement box = browser.findElement(By.id("recherche-q"));
        box.sendKeys("prêt", Keys.ENTER);
        waitReady();
        assertTrue(browser.getCurrentUrl().contains("recherche/index.html?q=pr"));
        assertEquals("Prêt bêta de la Région", titles().get(0));
        assertEquals(
                "polite", browser.findElement(By.id("finder-status")).getAttribute("aria-live"));
        Object inline =
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return document.querySelectorAll('script:not([src])').length");
        assertEquals(0L, inline, "no inline script: the CSP allows only 'self'");
    }
}
