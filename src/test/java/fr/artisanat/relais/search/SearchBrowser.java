package fr.artisanat.relais.search;

import com.sun.net.httpserver.HttpServer;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A built site's search page in headless Chromium, served over HTTP on 127.0.0.1 or opened from
 * disk ({@code file://}), with the reader's day fixed: the page's clock reads 10:00 UTC of that
 * day, so the open-first ranking and the badges do not depend on when the tests run. Every page
 * records its script errors, which a test can assert are none.
 */
final class SearchBrowser implements AutoCloseable {
    /**
     * Runs first in every document: records script errors and console errors, and adds up the
     * page's layout shifts in {@code window.__cls}.
     */
    private static final String HOOK =
            """
            (function () {
              var seen = [];
              Object.defineProperty(window, '__searchErrors', { value: seen });
              window.addEventListener('error', function (e) { seen.push('error: ' + e.message); });
              window.addEventListener('unhandledrejection', function (e) {
                seen.push('rejection: ' + e.reason);
              });
              // cumulative layout shift, as Lighthouse counts it (shifts without recent input)
              window.__cls = 0;
              try {
                new PerformanceObserver(function (list) {
                  list.getEntries().forEach(function (e) {
                    if (!e.hadRecentInput) window.__cls += e.value;
                  });
                }).observe({ type: 'layout-shift', buffered: true });
              } catch (e) { seen.push('no layout-shift observer: ' + e); }
              var original = console.error;
              console.error = function () {
                seen.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
                return original.apply(console, arguments);
              };
            })();
            """;

    private final Path site;
    private final HttpServer server;
    private final ChromeDriver driver;

    private SearchBrowser(Path site, HttpServer server, ChromeDriver driver) {
        this.site = site;
        this.server = server;
        this.driver = driver;
    }

    /**
     * @param readerDay the day the reader reads the page on ({@code 2020-04-20}), or null for the
     *     machine's clock
     */
    static SearchBrowser start(Path site, Path profile, String readerDay) throws IOException {
        Browser.requireChromium();
        Path root = site.toAbsolutePath().normalize();
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
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
        ChromeDriver driver;
        try {
            driver = Browser.driver(Browser.headless(profile));
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
        if (readerDay != null) {
            long epochMs =
                    LocalDate.parse(readerDay).atTime(10, 0).toEpochSecond(ZoneOffset.UTC) * 1000;
            driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument",
                    Map.of(
                            "source",
                            "(() => { const fixed = "
                                    + epochMs
                                    + "; const Real = Date;"
                                    + " class FixedDate extends Real {"
                                    + "  constructor(...a) { if (a.length === 0) { super(fixed); }"
                                    + " else { super(...a); } }"
                                    + "  static now() { return fixed; } }"
                                    + " globalThis.Date = FixedDate; })();"));
        }
        return new SearchBrowser(root, server, driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The search page's address, over {@code http} or {@code file}. */
    String page(String mode) {
        return mode.equals("http")
                ? "http://127.0.0.1:" + server.getAddress().getPort() + "/recherche/index.html"
                : site.resolve("recherche/index.html").toUri().toString();
    }

    static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** Opens the search page with URL parameters ({@code q=…&statut=…}) and waits for results. */
    void open(String mode, String params) {
        driver.get(page(mode) + (params.isEmpty() ? "" : "?" + params));
        waitReady();
    }

    /** Opens the search page for the words {@code words}. */
    void search(String mode, String words) {
        open(mode, q(words));
    }

    void waitReady() {
        waitFor(
                () ->
                        "ready"
                                .equals(
                                        driver.findElement(By.id("finder"))
                                                .getAttribute("data-state")));
    }

    void waitFor(Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(b -> condition.get());
    }

    List<String> titles() {
        return driver.findElements(By.cssSelector("#search-results li h2 a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The results' measure slugs, in order. */
    List<String> slugs() {
        return driver.findElements(By.cssSelector("#search-results li h2 a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/mesures/([^/]+)/.*", "$1"))
                .toList();
    }

    /** The status badges of the results, in order ({@code open}, {@code closed}…). */
    List<String> badges() {
        return driver.findElements(By.cssSelector("#search-results li .badge")).stream()
                .map(b -> b.getAttribute("class").replaceAll(".*badge--(\\w+).*", "$1"))
                .toList();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    boolean shown(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Script errors the page recorded (none expected). */
    List<String> errors() {
        Object seen = script("return window.__searchErrors ? window.__searchErrors.slice() : []");
        List<String> out = new ArrayList<>();
        if (seen instanceof List<?> list) {
            list.forEach(item -> out.add(String.valueOf(item)));
        }
        return out;
    }

    /** Lays pages out as on a screen of this size (CSS pixels), as a phone or a desktop would. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** A PNG of what the screen shows (the first screen only, as the reader sees it). */
    void screenshot(Path file) throws IOException {
        Map<String, Object> shot =
                driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() {
        driver.quit();
        server.stop(0);
    }
}
