package fr.artisanat.relais.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every kind of page audited by axe-core against WCAG 2.1 A and AA in headless Chromium, driven
 * with the keyboard, and drawn at phone and desktop sizes (PNG files in target/screenshots/ for a
 * person to look at).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static final String AUDIT =
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              resultTypes: ['violations']
            }).then(r => done(JSON.stringify({
              rules: r.passes.length + r.violations.length + r.incomplete.length,
              violations: r.violations.map(v => v.id + ' (' + v.impact + ') : ' + v.help + ' — '
                  + v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary).join(' | '))
            })), e => done(JSON.stringify({ error: String(e) })));
            """;

    private TestSite site;
    private Browser browser;
    private String axe;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Browser.requireChromium();
        axe = Browser.axeSource();
        site = PageKinds.build(dir.resolve("site-src"));
        browser = Browser.start(site.out(), PageKinds.BASE_PATH, dir.resolve("profile"), true);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyKindOfPageHasNoWcag21AOrAAViolation() {
        List<String> problems = new ArrayList<>();
        int audited = 0;
        for (Map.Entry<String, String> kind : PageKinds.ALL.entrySet()) {
            browser.open(kind.getValue());
            browser.script(axe);
            String json = (String) browser.driver().executeAsyncScript(AUDIT);
            assertTrue(!json.contains("\"error\""), kind.getKey() + ": " + json);
            audited++;
            if (!json.contains("\"violations\":[]")) {
                problems.add(kind.getKey() + " → " + json);
            }
        }
        System.out.printf(
                "[chiffres] axe-core WCAG 2.1 A/AA : %d pages auditées, %d en infraction%n",
                audited, problems.size());
        assertEquals(List.of(), problems);

        // The audit can fail: an image without text alternative and a field without label.
        browser.open("index.html");
        browser.script(
                "document.getElementById('contenu').insertAdjacentHTML('beforeend',"
                        + " '<img src=\"assets/none.png\"><input type=\"text\">')");
        browser.script(axe);
        String broken = (String) browser.driver().executeAsyncScript(AUDIT);
        assertTrue(broken.contains("image-alt") && broken.contains("label"), broken);
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        for (String path : List.of("index.html", "mesures/aide-alpha/index.html")) {
            browser.open(path);
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement first = browser.driver().switchTo().activeElement();
            assertEquals("Aller au contenu", first.getText(), path);
            assertTrue(first.isDisplayed(), "the focused skip link shows: " + path);
            assertTrue(hasVisibleFocus(), "skip link focus ring: " + path);

            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("contenu", focused.getAttribute("id"), path);
            assertEquals("main", focused.getTagName(), path);
            assertTrue(browser.driver().getCurrentUrl().endsWith("#contenu"));

            // The next Tab continues inside the content, not back in the header.
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            Object inMain =
                    browser.script(
                            "return document.getElementById('contenu')"
                                    + ".contains(document.activeElement)");
            assertEquals(Boolean.TRUE, inMain, path);
        }
    }

    @Test
    void focusIsVisibleOnEveryLinkButtonAndField() {
        List<String> invisible = new ArrayList<>();
        int checked = 0;
        for (String path : PageKinds.ALL.values()) {
            browser.open(path);
            Object stops =
                    browser.script(
                            "return document.querySelectorAll('a[href], button:not([hidden]),"
                                    + " input, [tabindex=\"0\"]').length");
            int limit = (int) Math.min(80, ((Number) stops).longValue() + 1);
            for (int i = 0; i < limit; i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                Object tag = browser.script("return document.activeElement.tagName");
                if ("BODY".equals(tag)) {
                    break;
                }
                checked++;
                if (!hasVisibleFocus()) {
                    invisible.add(
                            path
                                    + " : "
                                    + browser.script("return document.activeElement.outerHTML"));
                }
            }
        }
        System.out.printf("[chiffres] focus visible vérifié sur %d arrêts clavier%n", checked);
        assertTrue(checked > 100, "tabbed through " + checked + " elements");
        assertEquals(List.of(), invisible);
    }

    /** An outline of at least 2 px or a box shadow on the focused element. */
    private boolean hasVisibleFocus() {
        Object visible =
                browser.script(
                        "const s = getComputedStyle(document.activeElement);"
                                + "return (s.outlineStyle !== 'none'"
                                + " && parseFloat(s.outlineWidth) >= 2)"
                                + " || (s.boxShadow && s.boxShadow !== 'none');");
        return Boolean.TRUE.equals(visible);
    }

    @Test
    void screenshotsAtPhoneAndDesktopSizesAndNoOverflowAt320() throws IOException {
        List<String> overflowing = new ArrayList<>();
        try {
            for (Map.Entry<String, String> kind : PageKinds.ALL.entrySet()) {
                for (int[] size : new int[][] {{360, 740}, {1280, 800}, {320, 640}}) {
                    browser.viewport(size[0], size[1]);
                    browser.open(kind.getValue());
                    if (size[0] == 320) {
                        Object widths =
                                browser.script(
                                        "return document.documentElement.scrollWidth + ' > '"
                                                + " + window.innerWidth");
                        Object fits =
                                browser.script(
                                        "return document.documentElement.scrollWidth"
                                                + " <= window.innerWidth");
                        if (!Boolean.TRUE.equals(fits)) {
                            overflowing.add(kind.getKey() + " " + widths);
                        }
                    } else {
                        browser.screenshot(
                                SCREENSHOTS.resolve(
                                        kind.getKey() + "-" + size[0] + "x" + size[1] + ".png"));
                    }
                }
            }
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertEquals(List.of(), overflowing);
        assertTrue(
                browser.driver().findElements(By.tagName("main")).size() == 1,
                "the last page drawn is a page of the portal");
    }
}
