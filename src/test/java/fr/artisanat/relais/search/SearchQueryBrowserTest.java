package fr.artisanat.relais.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the search understands of a query as artisans type it (issue 15), in headless Chromium over
 * HTTP and {@code file://}: words that do not all match, the portal's filler words, quoted phrases,
 * places, trades and situations, open measures first on the reader's day, a measure's own name,
 * numbers, and a no-result page that helps. The site is built on 2020-04-15 and read on 2020-04-20
 * unless a test says otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueryBrowserTest {
    private Path dir;
    private TestSite site;
    private SearchBrowser browser;

    @BeforeAll
    void buildSiteAndStartBrowser(@TempDir Path tmp) throws IOException {
        dir = tmp;
        site = SearchFixture.build(dir.resolve("site-src"));
        browser = SearchBrowser.start(site.out(), dir.resolve("profile"), "2020-04-20");
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
    void aMeasureNeedNotHoldEveryWordAndFillerWordsNeitherFilterNorRank(String mode) {
        browser.search(mode, "aide pret beta xyzzy");
        assertEquals("pret-beta", browser.slugs().get(0));
        assertTrue(browser.shown("finder-missing"));
        assertTrue(
                browser.text("finder-missing").contains("« xyzzy »"),
                browser.text("finder-missing"));

        browser.search(mode, "comment obtenir une aide pour le prêt bêta");
        assertEquals("pret-beta", browser.slugs().get(0));
        assertFalse(browser.shown("finder-missing"));

        // « aide » alone is a filler word: a prime without it is still found…
        browser.search(mode, "prime aide");
        assertEquals("prime-apprentis", browser.slugs().get(0));
        // …but inside quotes it counts, and quoted words are required.
        browser.search(mode, "prime \"aide\"");
        assertFalse(browser.slugs().contains("prime-apprentis"), browser.slugs().toString());
        browser.search(mode, "\"fonds atelier\"");
        assertEquals(
                Set.of("fonds-atelier-premiere-vague", "fonds-atelier-seconde-vague"),
                Set.copyOf(browser.slugs()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void aPlaceScopesTheResultsAndSaysSoAndNeverMistakesTarnForTarnEtGaronne(String mode) {
        for (String words : List.of("tarn", "Tarn", "81", "albi", "aide tarn")) {
            browser.search(mode, words);
            assertTrue(browser.shown("finder-place"), words);
            assertEquals(
                    "Mesures applicables dans le Tarn (81)", browser.text("finder-place-text"));
            List<String> slugs = browser.slugs();
            assertEquals("cheque-commerce-tarnais", slugs.get(0), words);
            assertTrue(slugs.contains("aide-alpha") && slugs.contains("pret-beta"), words);
            assertFalse(slugs.contains("fonds-artisans-tarn-et-garonne"), words);
            assertFalse(
                    slugs.contains("gamma-a-venir") || slugs.contains("epsilon-brouillon"), words);
        }
        for (String words : List.of("tarn et garonne", "Tarn-et-Garonne", "tarn garonne", "82")) {
            browser.search(mode, words);
            assertEquals(
                    "Mesures applicables en Tarn-et-Garonne (82)",
                    browser.text("finder-place-text"),
                    words);
            assertEquals("fonds-artisans-tarn-et-garonne", browser.slugs().get(0), words);
            assertFalse(browser.slugs().contains("cheque-commerce-tarnais"), words);
        }
        for (String words : List.of("haute garonne", "Haute-Garonne", "hautegaronne", "toulouse")) {
            browser.search(mode, words);
            assertEquals(
                    "Mesures applicables en Haute-Garonne (31)", browser.text("finder-place-text"));
            assertTrue(browser.slugs().contains("gamma-a-venir"), words);
        }

        browser.search(mode, "fonds atelier dans le tarn");
        browser.driver().findElement(By.id("finder-place-remove")).click();
        browser.waitFor(() -> !browser.shown("finder-place"));
        browser.waitReady();
        assertEquals(
                "fonds atelier",
                browser.driver().findElement(By.id("finder-q")).getAttribute("value"));
        assertFalse(browser.driver().getCurrentUrl().contains("tarn"));
        assertTrue(browser.slugs().contains("fonds-atelier-premiere-vague"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void tradesAndSituationsLeadToTheMeasuresThatAnswerThem(String mode) {
        browser.search(mode, "boulanger");
        // a trade alone: the measures open to craft businesses, open ones first
        assertEquals(
                Set.of("aide-alpha", "activite-partielle", "fonds-atelier-premiere-vague"),
                Set.copyOf(browser.slugs()));
        assertTrue(
                Set.of("open", "closing").containsAll(browser.badges()),
                browser.badges().toString());

        for (String words : List.of("boulangerie fermee", "magasin fermé", "ferme")) {
            browser.search(mode, words);
            assertEquals("fonds-atelier-premiere-vague", browser.slugs().get(0), words);
        }
        browser.search(mode, "je n'arrive plus a payer mes salaries");
        assertEquals("activite-partielle", browser.slugs().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void numbersMatchAmountsAsWrittenAndNeverAnotherNumber(String mode) {
        for (String words :
                List.of(
                        "1500",
                        "1 500",
                        "1500 euros",
                        "1 500 €",
                        "1\u00a0500\u00a0€",
                        "1\u202f500")) {
            browser.search(mode, words);
            assertEquals("aide-alpha", browser.slugs().get(0), words);
            assertFalse(browser.slugs().contains("prime-apprentis"), words);
        }
        for (String words : List.of("500", "500 euros", "500 €")) {
            browser.search(mode, words);
            assertEquals(List.of("prime-apprentis"), browser.slugs(), words);
        }
        browser.search(mode, "1501");
        assertEquals(List.of(), browser.slugs());
        assertFalse(browser.shown("finder-suggest"), "a number never suggests another");
        assertTrue(browser.text("finder-missing").contains("« 1501 »"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void noResultSaysWhichWordsWereNotFoundAndWhereToTurn(String mode) {
        browser.search(mode, "alpa");
        assertEquals(
                "Aucune mesure ne correspond à votre recherche.", browser.text("finder-status"));
        assertTrue(browser.text("finder-missing").contains("« alpa »"));
        browser.waitFor(() -> browser.shown("finder-suggest"));
        assertTrue(browser.shown("finder-open"));
        List<String> open =
                browser.driver().findElements(By.cssSelector("#finder-open-list a")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertTrue(open.contains("Aide alpha pour les artisans"), open.toString());
        assertFalse(open.contains("Delta, une mesure close"), open.toString());
        WebElement call = browser.driver().findElement(By.cssSelector("#finder-empty a.tel"));
        assertEquals("0 806 803 900", call.getText().replaceAll("[\\u00a0\\u202f]", " "));
        assertTrue(call.getAttribute("href").startsWith("tel:"));
        WebElement suggestion = browser.driver().findElement(By.cssSelector("#finder-suggest a"));
        assertEquals("alpha", suggestion.getText());
        suggestion.click();
        browser.waitFor(() -> browser.titles().contains("Aide alpha pour les artisans"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void opensFirstOnTheReadersDayAndAMeasuresOwnNameFirst(String mode) throws IOException {
        // 2020-04-20: the first wave closes soon, the second is to come
        browser.search(mode, "fonds atelier");
        assertEquals(
                List.of("fonds-atelier-premiere-vague", "fonds-atelier-seconde-vague"),
                browser.slugs().subList(0, 2));
        assertEquals(List.of("closing", "upcoming"), browser.badges().subList(0, 2));
        // the measure named « Prêt bêta » before the one that mentions it more often
        browser.search(mode, "pret beta");
        assertEquals(List.of("pret-beta", "complement-pret-beta"), browser.slugs().subList(0, 2));

        try (SearchBrowser later =
                SearchBrowser.start(site.out(), dir.resolve("profile-may"), "2020-05-10")) {
            later.viewport(1280, 800, false);
            later.search(mode, "fonds atelier");
            assertEquals(
                    List.of("fonds-atelier-seconde-vague", "fonds-atelier-premiere-vague"),
                    later.slugs().subList(0, 2));
            assertEquals(List.of("open", "closed"), later.badges().subList(0, 2));
            later.search(mode, "pret beta");
            assertEquals("pret-beta", later.slugs().get(0));
            assertEquals("closed", later.badges().get(0));
            assertEquals(List.of(), later.errors());
        }
    }
}
