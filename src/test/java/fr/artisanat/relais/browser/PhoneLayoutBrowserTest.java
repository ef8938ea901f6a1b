package fr.artisanat.relais.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every kind of page as an artisan sees it on a phone (360×740, the size the issue measured): a
 * header that leaves the first screen to the page, the regional line one tap away, a folded menu
 * that opens without JavaScript, nothing wider than the screen, and measure pages that start with
 * their five questions. The figures go to the test output for BENCHMARKS.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutBrowserTest {
    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;

    /** About a quarter of the first screen. */
    private static final int MAX_HEADER = HEIGHT / 4;

    private TestSite site;
    private Browser browser;
    private Browser withoutScripts;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Browser.requireChromium();
        site = PageKinds.build(dir.resolve("site-src"));
        browser = Browser.start(site.out(), PageKinds.BASE_PATH, dir.resolve("js"), true);
        browser.visitOn(TestSite.AS_OF);
        browser.viewport(WIDTH, HEIGHT);
        withoutScripts =
                Browser.start(site.out(), PageKinds.BASE_PATH, dir.resolve("no-js"), false);
        withoutScripts.viewport(WIDTH, HEIGHT);
    }

    @AfterAll
    void stop() {
        for (Browser b : new Browser[] {browser, withoutScripts}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void everyPageKindKeepsItsFirstScreenAndFitsThePhone() {
        List<String> problems = new ArrayList<>();
        long tallest = 0;
        for (Map.Entry<String, String> kind : PageKinds.ALL.entrySet()) {
            browser.open(kind.getValue());
            long header = number("return document.querySelector('.site-header').offsetHeight");
            tallest = Math.max(tallest, header);
            if (header > MAX_HEADER) {
                problems.add(kind.getKey() + " : en-tête de " + header + " px");
            }
            // the regional line, one tap away on the first screen
            Object phone =
                    browser.script(
                            "const a = document.querySelector('.site-header a[href^=\"tel:\"]');"
                                    + " if (!a) return 'absent';"
                                    + " const r = a.getBoundingClientRect();"
                                    + " return r.bottom <= innerHeight && r.width >= 44"
                                    + " && r.height >= 44 ? 'ok' : JSON.stringify(r);");
            if (!"ok".equals(phone)) {
                problems.add(kind.getKey() + " : numéro régional " + phone);
            }
            // nothing wider than the screen, tables included
            Object wide =
                    browser.script(
                            "const w = document.documentElement.clientWidth; const out = [];"
                                    + " if (document.documentElement.scrollWidth > w)"
                                    + " out.push('page ' + document.documentElement.scrollWidth);"
                                    + " document.querySelectorAll('main *').forEach(e => {"
                                    + " const r = e.getBoundingClientRect();"
                                    + " if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5)"
                                    + " && !e.closest('.table-scroll table, [hidden]'))"
                                    + " out.push(e.tagName + '.' + e.className + ' ' + r.right); });"
                                    + " return out.slice(0, 3).join(', ');");
            if (!"".equals(wide)) {
                problems.add(kind.getKey() + " : déborde (" + wide + ")");
            }
            // the counts of a list by status read as words: « 1 ouverte », not « 1ouverte »
            Object counts =
                    browser.script(
                            "return Array.from(document.querySelectorAll('.group-nav a'))"
                                    + ".map(a => a.innerText).filter(t => !/^\\d+\\s\\D/.test(t))"
                                    + ".join(', ');");
            if (!"".equals(counts)) {
                problems.add(kind.getKey() + " : décomptes illisibles (" + counts + ")");
            }
            long h1 =
                    number(
                            "return Math.round(document.querySelector('h1').getBoundingClientRect().top)");
            if (h1 > HEIGHT / 3) {
                problems.add(kind.getKey() + " : le titre commence à " + h1 + " px");
            }
        }
        System.out.printf(
                "[chiffres] 360×740 : en-tête de %d px au plus (%d %% du premier écran)%n",
                tallest, Math.round(100.0 * tallest / HEIGHT));
        assertEquals(List.of(), problems);
    }

    @Test
    void theMenuIsFoldedAndOpensWithoutJavaScript() {
        for (Browser b : new Browser[] {browser, withoutScripts}) {
            b.open("mesures/aide-alpha/index.html");
            WebElement menu = b.driver().findElement(By.cssSelector("details.site-menu"));
            WebElement contacts =
                    menu.findElement(By.cssSelector(".site-nav a[href$='contacts/index.html']"));
            assertFalse(contacts.isDisplayed(), "folded on a phone");
            menu.findElement(By.tagName("summary")).click();
            assertTrue(contacts.isDisplayed(), "opened by a tap");
            assertTrue(menu.findElement(By.id("recherche-q")).isDisplayed(), "search in the menu");
            contacts.click();
            assertTrue(b.driver().getCurrentUrl().endsWith("/portail/contacts/index.html"));
        }
        // On a wide screen the menu is always open, without its button.
        browser.viewport(1280, 800);
        try {
            browser.open("index.html");
            // WebDriver calls anything in a closed details hidden; the browser draws it.
            assertEquals(
                    Boolean.TRUE,
                    browser.script(
                            "const a = document.querySelector(\".site-nav a[href$='contacts/index.html']\");"
                                    + " const r = a.getBoundingClientRect();"
                                    + " return a.checkVisibility() && r.height > 0"
                                    + " && document.elementFromPoint(r.x + 2, r.y + 2) === a;"));
            assertFalse(
                    browser.driver()
                            .findElement(By.cssSelector(".site-menu summary"))
                            .isDisplayed());
        } finally {
            browser.viewport(WIDTH, HEIGHT);
        }
    }

    @Test
    void measurePagesAnswerTheFiveQuestionsOnTheFirstScreen() {
        // open, with an online application
        browser.open("mesures/aide-alpha/index.html");
        assertEquals(
                List.of("Faire la demande (site externe)"), visibleTexts(".measure__top .apply a"));
        assertTrue(top(".measure__top .apply a") < HEIGHT, "apply button on the first screen");
        assertTrue(top(".measure__top .button--call") < HEIGHT, "call button on the first screen");
        assertEquals("tel:+33806803900", attr(".measure__top .button--call", "href"));
        assertEquals("Montant", text(".measure__key dt"));
        assertEquals("Jusqu'à 1 500 €", text(".measure__key dd"));
        assertEquals("Date limite", text(".measure__key div:nth-child(2) dt"));
        assertJumps(List.of("#pour-qui-", "#fiche-demarche", "#fiche-contact"));

        // open, nothing to apply online: said plainly
        browser.open("mesures/pret-beta/index.html");
        assertEquals(List.of(), visibleTexts(".measure__top .apply a"));
        assertTrue(
                text(".measure__top .no-apply").startsWith("Pas de démarche en ligne"),
                text(".measure__top .no-apply"));
        assertJumps(List.of("#fiche-pour-qui", "#fiche-demarche", "#fiche-contact"));

        // upcoming: when it opens, and nothing to click
        browser.open("mesures/gamma-a-venir/index.html");
        assertEquals(List.of(), visibleTexts(".measure__top .apply a"));
        assertEquals(
                "Ouvre le 1er juin 2020 : la demande ne peut pas encore être faite.",
                text(".measure__top .apply-later"));

        // closed: nothing to click
        browser.open("mesures/delta-close/index.html");
        assertEquals(List.of(), visibleTexts(".measure__top .apply a, .measure__top .no-apply"));
        assertTrue(text(".measure__status").contains("n'accepte plus de demandes"));
    }

    /** The three jump links lead to these ids, which the page has. */
    private void assertJumps(List<String> expected) {
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector(".jumps a"))) {
            String href = a.getDomAttribute("href");
            hrefs.add(href);
            assertEquals(
                    Boolean.TRUE,
                    browser.script(
                            "return !!document.getElementById(arguments[0])", href.substring(1)),
                    href);
        }
        assertEquals(expected, hrefs);
        assertEquals(List.of("Pour qui", "Comment faire", "Contact"), visibleTexts(".jumps a"));
    }

    private List<String> visibleTexts(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .filter(WebElement::isDisplayed)
                .map(e -> normal(e.getText()))
                .toList();
    }

    private String text(String selector) {
        return normal(browser.driver().findElement(By.cssSelector(selector)).getText());
    }

    private String attr(String selector, String name) {
        return browser.driver().findElement(By.cssSelector(selector)).getDomAttribute(name);
    }

    private long top(String selector) {
        return number(
                "return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().bottom)",
                selector);
    }

    private long number(String js, Object... args) {
        return ((Number) browser.script(js, args)).longValue();
    }

    /** French no-break spaces read as spaces, as a reader hears them. */
    private static String normal(String s) {
        return s.replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
