package fr.artisanat.relais.search;

import static fr.artisanat.relais.search.SearchBrowser.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page as an artisan uses it, in headless Chromium on a desktop-sized screen, both from
 * a static web server on 127.0.0.1 and opened straight from disk ({@code file://}): accents, typos,
 * synonyms, prefixes, filters and the URL. Needs Debian's {@code chromium} and {@code
 * chromium-driver}; skipped without them, except in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserTest {
    private TestSite site;
    private SearchBrowser browser;

    @BeforeAll
    void buildSiteAndStartBrowser(@TempDir Path dir) throws IOException {
        site = SearchFixture.build(dir.resolve("site-src"));
        browser = SearchBrowser.start(site.out(), dir.resolve("profile"), "2020-04-15");
    }

    @BeforeEach
    void desktop() {
        browser.viewport(1280, 800, false);
    }

    @AfterEach
    void noScriptError() {
        assertEquals(List.of(), browser.errors());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void findsMeasuresWithOrWithoutAccentsAndPlurals(String mode) {
        for (String words : List.of("prêt bêta", "pret beta", "PRETS BETA", "prêts bêta région")) {
            browser.search(mode, words);
            assertEquals("Prêt bêta de la Région", browser.titles().get(0), words);
        }
        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector("#search-results li a"))
                        .getAttribute("href")
                        .endsWith("mesures/pret-beta/index.html"));
        assertEquals(
                "prêt",
                browser.driver()
                        .findElement(By.cssSelector("#search-results li .result__summary mark"))
                        .getText()
                        .toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void toleratesATypoAndMatchesSynonymsAndPrefixes(String mode) {
        browser.search(mode, "subvantion");
        assertTrue(
                browser.titles().contains("Aide alpha pour les artisans"),
                browser.titles().toString());

        browser.search(mode, "chomage partiel");
        assertEquals("Activité partielle des salariés", browser.titles().get(0));

        browser.search(mode, "taux zér");
        assertEquals(List.of("Prêt bêta de la Région"), browser.titles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void filtersByFacetsWithCountsAndTerritoryHierarchy(String mode) {
        browser.open(mode, "territoire=31");
        // Haute-Garonne also shows the regional and national measures, not the Ariège's.
        List<String> slugs = browser.slugs();
        assertTrue(
                slugs.contains("gamma-a-venir") && slugs.contains("pret-beta"), slugs.toString());
        assertFalse(
                slugs.contains("epsilon-brouillon") || slugs.contains("cheque-commerce-tarnais"));
        browser.open(mode, "territoire=09");
        assertFalse(browser.slugs().contains("gamma-a-venir"));

        browser.search(mode, "gamma");
        WebElement label =
                browser.driver().findElement(By.cssSelector("label:has(#f-statut-a-venir)"));
        assertEquals("À venir (1)", label.getText());
        browser.driver().findElement(By.id("f-statut-a-venir")).click();
        browser.waitFor(
                () -> browser.titles().equals(List.of("Gamma, une aide à venir en Haute-Garonne")));
        assertTrue(
                browser.driver().getCurrentUrl().contains("statut=a-venir"),
                browser.driver().getCurrentUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void keepsQueryAndFiltersInTheUrlAndHonoursTheBackButton(String mode) {
        browser.open(mode, "");
        WebElement input = browser.driver().findElement(By.id("finder-q"));
        input.sendKeys("gamma", Keys.ENTER);
        browser.waitFor(() -> browser.driver().getCurrentUrl().contains("q=gamma"));
        browser.waitReady();
        browser.driver().findElement(By.id("f-financeur-region-occitanie")).click();
        browser.waitFor(
                () -> browser.driver().getCurrentUrl().contains("financeur=region-occitanie"));
        browser.waitFor(
                () -> browser.titles().equals(List.of("Gamma, une aide à venir en Haute-Garonne")));

        browser.driver().navigate().back();
        browser.waitFor(() -> !browser.driver().getCurrentUrl().contains("financeur="));
        browser.waitReady();
        assertFalse(
                browser.driver().findElement(By.id("f-financeur-region-occitanie")).isSelected());
        assertEquals(
                "gamma", browser.driver().findElement(By.id("finder-q")).getAttribute("value"));

        // A shared link gives the same list.
        browser.open(mode, q("gamma") + "&financeur=region-occitanie");
        assertEquals(List.of("Gamma, une aide à venir en Haute-Garonne"), browser.titles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void headerSearchBoxLeadsToTheSearchPage(String mode) {
        String home = browser.page(mode).replace("recherche/index.html", "index.html");
        browser.driver().get(home);
        WebElement box = browser.driver().findElement(By.id("recherche-q"));
        box.sendKeys("prêt bêta", Keys.ENTER);
        browser.waitFor(() -> browser.driver().getCurrentUrl().contains("recherche/index.html"));
        browser.waitReady();
        assertTrue(browser.driver().getCurrentUrl().contains("recherche/index.html?q=pr"));
        assertEquals("Prêt bêta de la Région", browser.titles().get(0));
        assertEquals(
                "polite",
                browser.driver().findElement(By.id("finder-status")).getAttribute("aria-live"));
        Object inline =
                browser.script("return document.querySelectorAll('script:not([src])').length");
        assertEquals(0L, inline, "no inline script: the CSP allows only 'self'");
        Object blocking =
                browser.script(
                        "return Array.from(document.querySelectorAll('script[src]'))"
                                + ".filter(s => !s.defer && !s.async && s.type !== 'module').length");
        assertEquals(0L, blocking, "no render-blocking script");
    }
}
