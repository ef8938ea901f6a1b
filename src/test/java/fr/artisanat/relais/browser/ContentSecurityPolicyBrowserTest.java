package fr.artisanat.relais.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's Content-Security-Policy: every page declares {@code default-src 'self'} without
 * {@code unsafe-inline}, and no page breaks it or logs an error, with the search in use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyBrowserTest {
    private static final Pattern CSP_META =
            Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");

    private TestSite site;
    private Path profile;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        site = PageKinds.build(dir.resolve("site-src"));
        profile = dir.resolve("profile");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageDeclaresAStrictPolicyAndNeedsNothingInline() {
        int pages = 0;
        for (Map.Entry<String, byte[]> file : TestSite.snapshot(site.out()).entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            String html = new String(file.getValue(), StandardCharsets.UTF_8);
            String head = html.substring(0, html.indexOf("</head>"));
            Matcher csp = CSP_META.matcher(head);
            assertTrue(csp.find(), file.getKey() + " has no CSP meta in its head");
            String policy = csp.group(1);
            assertTrue(policy.startsWith("default-src 'self'"), file.getKey() + ": " + policy);
            assertFalse(policy.contains("unsafe-"), file.getKey() + ": " + policy);
            assertFalse(policy.matches(".*script-src[^;]*(\\*|data:|http).*"), policy);
            assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'none'"));
            // Nothing that policy would block: no inline script, style or event handler. JSON-LD
            // is data that no browser runs, so the policy does not apply to it.
            assertFalse(
                    html.matches(
                            "(?s).*<script(?![^>]*\\s(src=|type=\"application/ld\\+json\"))[^>]*>.*"),
                    file.getKey());
            assertFalse(html.matches("(?s).*<style[\\s>].*"), file.getKey());
            assertFalse(html.matches("(?s).*<[a-z][^>]*\\sstyle=.*"), file.getKey());
            assertFalse(html.matches("(?s).*<[a-z][^>]*\\son[a-z]+=.*"), file.getKey());
            assertFalse(html.contains("javascript:"), file.getKey());
        }
        assertTrue(pages >= 20, pages + " pages");
    }

    @Test
    void noPageBreaksThePolicyOrLogsAnErrorWithTheSearchInUse() throws IOException {
        browser = Browser.start(site.out(), PageKinds.BASE_PATH, profile, true);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> kind : PageKinds.ALL.entrySet()) {
            browser.clearLogs();
            browser.open(kind.getValue());
            browser.misdeeds().forEach(m -> problems.add(kind.getKey() + " : " + m));
        }

        // The search as an artisan uses it: header box, typing, a facet, the back button.
        browser.clearLogs();
        browser.open("index.html");
        browser.driver().findElement(By.id("recherche-q")).sendKeys("prêt", Keys.ENTER);
        waitFor(() -> browser.driver().getCurrentUrl().contains("recherche/index.html?q="));
        waitFor(
                () ->
                        !browser.driver()
                                .findElements(By.cssSelector("#search-results li"))
                                .isEmpty());
        browser.driver().findElement(By.id("finder-q")).sendKeys(Keys.chord(Keys.CONTROL, "a"));
        browser.driver().findElement(By.id("finder-q")).sendKeys("aide subvantion", Keys.ENTER);
        waitFor(() -> browser.driver().getCurrentUrl().contains("subvantion"));
        browser.driver().findElement(By.id("f-statut-ouvert")).click();
        waitFor(() -> browser.driver().getCurrentUrl().contains("statut=ouvert"));
        browser.driver().navigate().back();
        waitFor(() -> !browser.driver().getCurrentUrl().contains("statut=ouvert"));
        browser.open("recherche/index.html?q=alpa");
        browser.driver().findElement(By.cssSelector("#finder-suggest a")).click();
        waitFor(() -> browser.driver().getCurrentUrl().contains("q=alpha"));
        browser.misdeeds().forEach(m -> problems.add("recherche en cours d'usage : " + m));

        System.out.printf(
                "[chiffres] CSP : %d pages visitées et une recherche utilisée, %d violation ou"
                        + " erreur de console%n",
                PageKinds.ALL.size(), problems.size());
        assertEquals(List.of(), problems);

        // The hook does see a violation: an inline script is refused and reported.
        browser.script(
                "const s = document.createElement('script'); s.textContent = 'window.__xss = 1';"
                        + " document.body.appendChild(s);");
        waitFor(() -> browser.misdeeds().stream().anyMatch(m -> m.startsWith("CSP script-src")));
        assertFalse(browser.misdeeds().stream().anyMatch(m -> m.startsWith("window.__xss")));
    }

    private void waitFor(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(b -> condition.get());
    }
}
