package fr.artisanat.relais.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.browser.Browser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page on a phone (360 × 740, issue 16 point 1) with the real content: the count and the
 * first result on the first screen, the filters folded behind « Filtrer », every control at least
 * 44 × 44 px, no layout shift (CLS measured with a PerformanceObserver), no horizontal overflow, no
 * axe-core violation, over HTTP and {@code file://}. Writes screenshots at 360 × 740 and 1280 × 800
 * of each state to {@code target/screenshots/} for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPhoneBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static final String AUDIT =
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              resultTypes: ['violations']
            }).then(r => done(JSON.stringify(r.violations.map(v => v.id + ' : ' + v.help + ' — '
                + v.nodes.map(n => n.target.join(' ')).join(' | ')))),
                e => done('error ' + e));
            """;

    /** Visible controls smaller than 44 × 44 px (a checkbox counts with its label). */
    private static final String SMALL_CONTROLS =
            """
            const small = [];
            document.querySelectorAll('#finder button, #finder input, #finder a, #finder label')
              .forEach(el => {
                const target = el.type === 'checkbox' ? el.closest('label') : el;
                const r = target.getBoundingClientRect();
                const visible = r.width > 0 && r.height > 0
                  && getComputedStyle(target).visibility !== 'hidden';
                if (visible && (r.width < 44 || r.height < 44)) {
                  small.push((el.id || el.textContent.trim().slice(0, 30)) + ' '
                    + Math.round(r.width) + '×' + Math.round(r.height));
                }
              });
            return small;
            """;

    private SearchBrowser browser;
    private String axe;

    @BeforeAll
    void buildRealContent(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        SearchFixture.buildRealContent(out);
        browser =
                SearchBrowser.start(
                        out, dir.resolve("profile"), SearchRelevanceBrowserTest.READER_DAY);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        axe = Browser.axeSource();
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

    private double number(String js) {
        return ((Number) browser.script(js)).doubleValue();
    }

    private void assertFirstScreen(String state) {
        assertTrue(
                number(
                                "return document.getElementById('finder-status').getBoundingClientRect().bottom")
                        <= 740,
                state + ": the count is on the first screen");
        assertFalse(browser.text("finder-status").isBlank(), state);
        double top =
                number(
                        "const li = document.querySelector('#search-results li');"
                                + " return li ? li.getBoundingClientRect().top : 0");
        assertTrue(top > 0 && top < 740, state + ": the first result starts at " + top + " px");
        assertTrue(
                number("return document.documentElement.scrollWidth") <= 360,
                state + ": no horizontal overflow");
        assertEquals(List.of(), browser.script(SMALL_CONTROLS), state + ": controls under 44 px");
    }

    private void assertNoViolation(String state) {
        browser.script(axe);
        assertEquals("[]", browser.driver().executeAsyncScript(AUDIT), state);
    }

    private void shoot(String mode, String name) throws IOException {
        if (mode.equals("http")) {
            browser.screenshot(SCREENSHOTS.resolve("recherche-" + name + "-360x740.png"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void resultsAreOnThePhonesFirstScreenWithoutLayoutShift(String mode) throws IOException {
        browser.viewport(360, 740, true);
        browser.search(mode, "boulangerie fermee");
        // late shifts, after the results are drawn, count too
        browser.script("return new Promise(r => setTimeout(r, 600))");
        double cls = number("return window.__cls");
        assertTrue(cls < 0.1, "cumulative layout shift " + cls);
        assertFirstScreen("résultats");
        assertNoViolation("résultats");
        shoot(mode, "resultats");

        browser.search(mode, "aide loyer tarn");
        assertTrue(browser.shown("finder-place"));
        assertFirstScreen("lieu");
        assertNoViolation("lieu");
        shoot(mode, "lieu");

        browser.search(mode, "xyzzy zorglub");
        browser.waitFor(() -> browser.shown("finder-open"));
        assertTrue(browser.shown("finder-missing"));
        assertEquals(
                List.of(), browser.script(SMALL_CONTROLS), "aucun résultat: controls under 44 px");
        assertNoViolation("aucun résultat");
        shoot(mode, "aucun-resultat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void filtersAreFoldedBehindOneButtonThatCountsThem(String mode) throws IOException {
        browser.viewport(360, 740, true);
        browser.search(mode, "pret");
        WebElement button = browser.driver().findElement(By.id("finder-filter-button"));
        assertEquals("Filtrer", button.getText());
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(browser.shown("finder-facets"), "folded on a phone");

        button.click();
        assertTrue(browser.shown("finder-facets"));
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertEquals(
                "finder-panel-title",
                browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.driver().findElement(By.cssSelector("label:has(#f-statut-ouvert)")).click();
        browser.waitFor(() -> browser.driver().getCurrentUrl().contains("statut=ouvert"));
        browser.waitReady();
        assertEquals(List.of(), browser.script(SMALL_CONTROLS), "panel: controls under 44 px");
        assertNoViolation("filtres");
        shoot(mode, "filtres");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitFor(() -> !browser.shown("finder-facets"));
        assertEquals(
                "finder-filter-button",
                browser.driver().switchTo().activeElement().getAttribute("id"));
        assertEquals("Filtrer (1)", button.getText());
        assertTrue(button.getAttribute("aria-label").contains("1 filtre actif"));

        // on a wide screen the filters stay beside the results, with no button
        browser.viewport(1280, 800, false);
        browser.open(mode, "q=pret&statut=ouvert");
        assertTrue(browser.shown("finder-facets"));
        assertFalse(browser.shown("finder-filter-button"));
        if (mode.equals("http")) {
            browser.screenshot(SCREENSHOTS.resolve("recherche-resultats-1280x800.png"));
            browser.search(mode, "aide loyer tarn");
            browser.screenshot(SCREENSHOTS.resolve("recherche-lieu-1280x800.png"));
            browser.search(mode, "xyzzy zorglub");
            browser.waitFor(() -> browser.shown("finder-open"));
            browser.screenshot(SCREENSHOTS.resolve("recherche-aucun-resultat-1280x800.png"));
        }
    }
}
