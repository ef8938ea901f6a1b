package fr.artisanat.relais.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.HostileCorpus;
import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The {@link HostileCorpus} site in Chromium: no injected script runs (no alert, no console output,
 * no {@code window.__xss}, no CSP violation) on any page, in the search results, or in the JSON and
 * feed files opened in the browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentBrowserTest {
    private TestSite site;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Browser.requireChromium();
        site = HostileCorpus.write(dir.resolve("site-src"));
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        browser = Browser.start(site.out(), PageKinds.BASE_PATH, dir.resolve("profile"), true);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noInjectedScriptRunsOnAnyPage() {
        List<String> pages = new ArrayList<>();
        for (String path : TestSite.snapshot(site.out()).keySet()) {
            if (path.endsWith(".html")) {
                pages.add(path);
            }
        }
        pages.addAll(List.of("mesures.json", "flux.xml", "sitemap.xml"));
        List<String> ran = new ArrayList<>();
        for (String path : pages) {
            browser.clearLogs();
            browser.open(path);
            // Hover and focus everything, in case a handler survived.
            browser.script(
                    "document.querySelectorAll('*').forEach(e => {"
                            + " ['mouseover', 'focus', 'click', 'toggle'].forEach(t =>"
                            + " e.tagName === 'A' && t === 'click' ? null"
                            + " : e.dispatchEvent(new Event(t))); });");
            browser.misdeeds().forEach(m -> ran.add(path + " : " + m));
        }
        System.out.printf(
                "[chiffres] XSS navigateur : %d pages et fichiers ouverts, %d script exécuté%n",
                pages.size(), ran.size());
        assertTrue(pages.size() > 40, pages.size() + " pages");
        assertEquals(List.of(), ran);

        // The watch works: a script that does run is seen.
        browser.open("index.html");
        browser.script("alert('vu'); window.__xss = 'vu';");
        assertEquals(List.of("alert(vu)", "window.__xss = vu"), browser.misdeeds());
    }

    @Test
    void searchShowsHostileTitlesAsTextAndRunsNothing() {
        List<String> ran = new ArrayList<>();
        int results = 0;
        for (String query :
                List.of("hostile", "script alert", "onerror", "svg onload", "iframe", "piégé")) {
            browser.clearLogs();
            browser.open(
                    "recherche/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(b -> !b.findElements(By.cssSelector("#search-results li")).isEmpty());
            List<WebElement> titles =
                    browser.driver().findElements(By.cssSelector("#search-results li h2 a"));
            results += titles.size();
            // Show every result, then check what the page grew.
            while (browser.driver().findElement(By.id("finder-more")).isDisplayed()) {
                browser.driver().findElement(By.id("finder-more-button")).click();
            }
            Object injected =
                    browser.script(
                            "return Array.from(document.querySelectorAll('#finder *')).filter(e =>"
                                    + " /^(SCRIPT|IMG|SVG|IFRAME|STYLE|OBJECT)$/i.test(e.tagName)"
                                    + " || Array.from(e.attributes).some(a => /^on/i.test(a.name)"
                                    + " || /^\\s*(javascript|data):/i.test(a.value))).length");
            assertEquals(0L, injected, query);
            browser.misdeeds().forEach(m -> ran.add(query + " : " + m));
        }
        browser.open("recherche/index.html?q=hostile");
        String shown = browser.driver().findElement(By.id("search-results")).getText();
        assertTrue(shown.contains("Hostile 0 <script>window.__xss=1;alert(1)</script>"), shown);
        System.out.printf(
                "[chiffres] XSS recherche : %d résultats hostiles affichés, %d script exécuté%n",
                results, ran.size());
        assertEquals(List.of(), ran);
    }
}
