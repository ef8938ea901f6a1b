package fr.artisanat.relais.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal with JavaScript disabled in Chromium (as some administrations' workstations are):
 * every page reads the same as with it, and the search page says where to go instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoJavaScriptBrowserTest {
    private TestSite site;
    private Browser withScripts;
    private Browser withoutScripts;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Browser.requireChromium();
        site = PageKinds.build(dir.resolve("site-src"));
        withoutScripts =
                Browser.start(site.out(), PageKinds.BASE_PATH, dir.resolve("no-js"), false);
        withScripts = Browser.start(site.out(), PageKinds.BASE_PATH, dir.resolve("js"), true);
        // Without scripts a page shows the statuses of its build date; the status script would
        // update them to today's.
        withScripts.visitOn(TestSite.AS_OF);
    }

    @AfterAll
    void stop() {
        for (Browser b : new Browser[] {withScripts, withoutScripts}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void scriptsAreReallyOff() {
        withoutScripts.open("index.html");
        withoutScripts.driver().findElement(By.id("recherche-q")).sendKeys("prêt", Keys.ENTER);
        // search.js would fill the list; without it the page stays as the server wrote it.
        new WebDriverWait(withoutScripts.driver(), Duration.ofSeconds(10))
                .until(b -> b.getCurrentUrl().contains("recherche/index.html?q="));
        assertEquals(
                List.of(),
                withoutScripts.driver().findElements(By.cssSelector("#search-results li")));
        assertEquals(
                null,
                withoutScripts.driver().findElement(By.id("finder")).getAttribute("data-state"));
    }

    @Test
    void everyPageReadsTheSameWithoutJavaScript() {
        int pages = 0;
        for (Map.Entry<String, String> kind : PageKinds.ALL.entrySet()) {
            if (kind.getValue().startsWith("recherche/")) {
                continue;
            }
            withScripts.open(kind.getValue());
            String expected = withScripts.driver().findElement(By.tagName("body")).getText();
            withoutScripts.open(kind.getValue());
            WebElement body = withoutScripts.driver().findElement(By.tagName("body"));
            assertEquals(expected, body.getText(), kind.getKey());
            String h1 = withoutScripts.driver().findElement(By.tagName("h1")).getText();
            assertFalse(h1.isBlank(), kind.getKey());
            pages++;
        }
        // And the content is there: a measure's facts, table and links to apply.
        withoutScripts.open("mesures/aide-alpha/index.html");
        // French no-break spaces read as spaces
        String text =
                withoutScripts
                        .driver()
                        .findElement(By.tagName("main"))
                        .getText()
                        .replace('\u202F', ' ')
                        .replace('\u00A0', ' ');
        for (String expected :
                List.of(
                        "Aide alpha pour les artisans",
                        "Une subvention de l'État pour couvrir une perte de chiffre d'affaires.",
                        "Jusqu'à 1 500 €",
                        "10 au plus",
                        "Décret n° 2020-371 du 30 mars 2020")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        System.out.printf("[chiffres] sans JavaScript : %d pages identiques%n", pages);
    }

    @Test
    void searchPageExplainsWhatToDoInsteadWithoutJavaScript() {
        withoutScripts.open("recherche/index.html?q=aide");
        WebElement main = withoutScripts.driver().findElement(By.tagName("main"));
        assertTrue(main.getText().contains("La recherche a besoin de JavaScript"), main.getText());
        List<String> links =
                main.findElements(By.cssSelector(".notice a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .toList();
        assertTrue(
                links.stream().anyMatch(h -> h.endsWith("/portail/mesures/index.html")),
                "" + links);
        assertTrue(links.stream().anyMatch(h -> h.endsWith("/portail/categories/index.html")));
        assertTrue(links.stream().anyMatch(h -> h.endsWith("/portail/territoires/index.html")));
        // The links lead to the full lists.
        main.findElement(By.linkText("Toutes les mesures")).click();
        assertTrue(
                withoutScripts
                        .driver()
                        .findElement(By.tagName("main"))
                        .getText()
                        .contains("Prêt bêta de la Région"));

        // With JavaScript the message is not shown.
        withScripts.open("recherche/index.html?q=aide");
        assertFalse(
                withScripts
                        .driver()
                        .findElement(By.tagName("main"))
                        .getText()
                        .contains("La recherche a besoin de JavaScript"));
    }
}
