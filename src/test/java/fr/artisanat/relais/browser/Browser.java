package fr.artisanat.relais.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A built site served over HTTP on 127.0.0.1 under its base path (as a static host would serve it,
 * 404.html included), seen through Debian's headless Chromium. Every page gets, before its own
 * scripts run, a hook that records what no page of the portal should ever do: call {@code
 * alert}/{@code confirm}/{@code prompt}, write to the console, break the Content-Security-Policy or
 * set {@code window.__xss} (the hostile corpus's marker).
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    /** Runs first in every document: records alerts, console output and CSP violations. */
    private static final String HOOK =
            """
            (function () {
              var seen = [];
              Object.defineProperty(window, '__relaisSeen', { value: seen });
              ['alert', 'confirm', 'prompt'].forEach(function (name) {
                window[name] = function (m) { seen.push(name + '(' + m + ')'); };
              });
              ['log', 'info', 'warn', 'error', 'debug'].forEach(function (name) {
                var original = console[name];
                console[name] = function () {
                  seen.push('console.' + name + ': ' + Array.prototype.join.call(arguments, ' '));
                  return original.apply(console, arguments);
                };
              });
              document.addEventListener('securitypolicyviolation', function (e) {
                seen.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI + ' '
                    + (e.sourceFile || '') + ':' + e.lineNumber);
              });
              window.addEventListener('error', function (e) {
                seen.push('error: ' + e.message);
              });
            })();
            """;

    private final HttpServer server;
    private final ChromeDriver driver;
    private final String base;

    private Browser(HttpServer server, ChromeDriver driver, String base) {
        this.server = server;
        this.driver = driver;
        this.base = base;
    }

    /** Skips the test without Chromium (fails instead when {@code CI} is set). */
    public static void requireChromium() {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!available && System.getenv("CI") != null) {
            fail("chromium et chromium-driver sont requis en CI (voir .ci/run)");
        }
        assumeTrue(
                available,
                "tests du navigateur ignorés : installez chromium et chromium-driver"
                        + " (apt-get install -y chromium chromium-driver) pour les lancer");
    }

    /** axe-core's script, installed by {@code npm ci} in src/test/browser (see .ci/run). */
    public static String axeSource() {
        if (!Files.isRegularFile(AXE) && System.getenv("CI") != null) {
            fail(AXE + " manque : .ci/run doit lancer npm ci --prefix src/test/browser");
        }
        assumeTrue(
                Files.isRegularFile(AXE),
                "audit d'accessibilité ignoré : lancez npm ci --prefix src/test/browser pour"
                        + " installer axe-core");
        try {
            return Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options of every browser test: headless, quiet, with its profile in {@code profile}. */
    public static ChromeOptions headless(Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(profile));
        return options;
    }

    /** Starts Debian's chromium-driver with {@code options}. */
    public static ChromeDriver driver(ChromeOptions options) {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Serves {@code site} under {@code basePath} (such as {@code /portail/}) and opens a browser,
     * with JavaScript on or off.
     */
    static Browser start(Path site, String basePath, Path profile, boolean javascript)
            throws IOException {
        requireChromium();
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Path root = site.toAbsolutePath().normalize();
        server.createContext(
                "/",
                exchange -> {
                    String path = exchange.getRequestURI().getPath();
                    Path file = null;
                    if (path.startsWith(basePath)) {
                        file = root.resolve(path.substring(basePath.length())).normalize();
                        if (Files.isDirectory(file)) {
                            file = file.resolve("index.html");
                        }
                    }
                    int status = 200;
                    if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                        file = root.resolve("404.html");
                        status = 404;
                    }
                    byte[] body = Files.readAllBytes(file);
                    exchange.getResponseHeaders().set("Content-Type", contentType(file));
                    exchange.sendResponseHeaders(status, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                    exchange.close();
                });
        server.start();

        ChromeOptions options = headless(profile);
        options.addArguments("--hide-scrollbars");
        if (!javascript) {
            options.setExperimentalOption(
                    "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver;
        try {
            driver = driver(options);
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
        if (javascript) {
            driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
        return new Browser(server, driver, base);
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "html" -> "text/html; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "svg" -> "image/svg+xml";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    /**
     * Makes the pages' clock read midday of {@code isoDay} from the next page on. The status script
     * recomputes each measure's status for the visitor's day: read on its build date, a page shows
     * what it was built with.
     */
    void visitOn(String isoDay) {
        long epochMs = LocalDate.parse(isoDay).atTime(10, 0).toEpochSecond(ZoneOffset.UTC) * 1000;
        String source =
                "(() => { const fixed = "
                        + epochMs
                        + "; const Real = Date;"
                        + " class FixedDate extends Real {"
                        + "  constructor(...a) { if (a.length === 0) { super(fixed); }"
                        + " else { super(...a); } }"
                        + "  static now() { return fixed; } }"
                        + " globalThis.Date = FixedDate; })();";
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    ChromeDriver driver() {
        return driver;
    }

    String url(String path) {
        return base + path;
    }

    /** Opens a page of the site and, on the search page, waits for the results. */
    void open(String path) {
        driver.get(url(path));
        if (path.startsWith("recherche/") && isScripted()) {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(
                            b ->
                                    "ready"
                                            .equals(
                                                    b.findElement(By.id("finder"))
                                                            .getAttribute("data-state")));
        }
    }

    private boolean isScripted() {
        return Boolean.TRUE.equals(script("return window.__relaisSeen !== undefined"));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * What the page did that it never should: alerts, console output, script errors and CSP
     * violations seen by the hook, {@code window.__xss}, and the browser's own error log (resources
     * that failed to load, violations reported before any script). The 404 page's own status is
     * expected.
     */
    List<String> misdeeds() {
        List<String> found = new ArrayList<>();
        Object seen = script("return window.__relaisSeen ? window.__relaisSeen.slice() : []");
        if (seen instanceof List<?> list) {
            list.forEach(item -> found.add(String.valueOf(item)));
        }
        Object xss = script("return window.__xss === undefined ? null : String(window.__xss)");
        if (xss != null) {
            found.add("window.__xss = " + xss);
        }
        String page = driver.getCurrentUrl();
        boolean html = "text/html".equals(script("return document.contentType"));
        String hostRoot = page.substring(0, page.indexOf('/', "http://".length()) + 1);
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            boolean ownStatus =
                    message.startsWith(page + " - Failed to load resource")
                            && message.contains("404");
            // Pages link their icon; a JSON or XML file opened as such cannot, and Chromium then
            // asks the host root, which is not the portal's.
            boolean hostIcon =
                    !html && message.startsWith(hostRoot + "favicon.ico - Failed to load resource");
            if (!ownStatus && !hostIcon) {
                found.add(entry.getLevel() + " " + message);
            }
        }
        return found;
    }

    /** Discards what was logged so far (before the page under test). */
    void clearLogs() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** A full-page PNG at the current viewport width. */
    void screenshot(Path file) throws IOException {
        Map<String, Object> shot =
                driver.executeCdpCommand(
                        "Page.captureScreenshot",
                        Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Lays pages out as on a screen of this size (CSS pixels). */
    void viewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @Override
    public void close() {
        driver.quit();
        server.stop(0);
    }
}
