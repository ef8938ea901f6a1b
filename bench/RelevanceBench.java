import com.sun.net.httpserver.HttpServer;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Relevance of Relais's search against Pagefind's on the same built pages, run by
 * bench/relevance.sh: for each query of the collection, the first ten measures each returns, then
 * success@1, success@3 and MRR (over ten results) for both.
 *
 * <pre>java -cp SELENIUM_CP bench/RelevanceBench.java SITE COLLECTION READER_DAY</pre>
 */
public final class RelevanceBench {
    record Judgement(String query, List<String> expected) {}

    record Score(int at1, int at3, double reciprocal) {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        List<Judgement> judgements = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                judgements.add(new Judgement(cells[0], List.of(cells[1].split(","))));
            }
        }
        Files.writeString(
                site.resolve("pagefind-search.html"),
                """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Pagefind</title></head>
                <body><ol id="out"></ol><script type="module">
                const q = new URLSearchParams(location.search).get("q");
                const pagefind = await import("./pagefind/pagefind.js");
                const search = await pagefind.search(q);
                const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
                window.__urls = data.map(d => d.url); window.__done = true;
                </script></body></html>
                """);
        HttpServer server = serve(site);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        ChromeDriver browser = browser(site.getParent(), args[2]);
        int[] relais = new int[3];
        int[] pagefind = new int[3];
        double[] mrr = new double[2];
        List<String> lines = new ArrayList<>();
        try {
            for (Judgement j : judgements) {
                String enc = URLEncoder.encode(j.query(), StandardCharsets.UTF_8);
                browser.get(base + "recherche/index.html?q=" + enc);
                waitFor(browser, "return document.getElementById('finder').dataset.state === 'ready'");
                List<String> ours =
                        browser.findElements(By.cssSelector("#search-results li h2 a")).stream()
                                .map(a -> slug(a.getAttribute("href")))
                                .toList();
                browser.get(base + "pagefind-search.html?q=" + enc);
                waitFor(browser, "return window.__done === true");
                List<String> theirs = new ArrayList<>();
                for (Object url : (List<?>) browser.executeScript("return window.__urls")) {
                    theirs.add(slug(String.valueOf(url)));
                }
                int a = rank(ours, j.expected());
                int b = rank(theirs, j.expected());
                count(relais, a);
                count(pagefind, b);
                mrr[0] += a == 0 ? 0 : 1.0 / a;
                mrr[1] += b == 0 ? 0 : 1.0 / b;
                if (a != 1 || b != 1) {
                    lines.add(
                            String.format(
                                    "  %-40s Relais %-3s Pagefind %-3s (attendu %s ; Pagefind : %s)",
                                    j.query(),
                                    a == 0 ? ">10" : a,
                                    b == 0 ? ">10" : b,
                                    j.expected(),
                                    theirs.subList(0, Math.min(3, theirs.size()))));
                }
            }
        } finally {
            browser.quit();
            server.stop(0);
        }
        int n = judgements.size();
        System.out.printf(Locale.ROOT, "%d queries | success@1 | success@3 | MRR%n", n);
        System.out.printf(
                Locale.ROOT,
                "Relais   | %.3f | %.3f | %.3f%n",
                relais[1] / (double) n,
                relais[2] / (double) n,
                mrr[0] / n);
        System.out.printf(
                Locale.ROOT,
                "Pagefind | %.3f | %.3f | %.3f%n",
                pagefind[1] / (double) n,
                pagefind[2] / (double) n,
                mrr[1] / n);
        System.out.println("Queries where either is not first (rank, >10 = not in the first ten):");
        lines.forEach(System.out::println);
    }

    static String slug(String url) {
        return url.replaceAll(".*/mesures/([^/]+)/.*", "$1");
    }

    static int rank(List<String> slugs, List<String> expected) {
        for (int i = 0; i < Math.min(10, slugs.size()); i++) {
            if (expected.contains(slugs.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    static void count(int[] c, int rank) {
        c[1] += rank == 1 ? 1 : 0;
        c[2] += rank >= 1 && rank <= 3 ? 1 : 0;
    }

    static void waitFor(ChromeDriver browser, String script) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(script)));
    }

    static HttpServer serve(Path root) throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext(
                "/",
                exchange -> {
                    Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                    if (Files.isDirectory(file)) {
                        file = file.resolve("index.html");
                    }
                    byte[] body =
                            file.startsWith(root) && Files.isRegularFile(file)
                                    ? Files.readAllBytes(file)
                                    : null;
                    String name = file.getFileName() == null ? "" : file.getFileName().toString();
                    String type =
                            name.endsWith(".js")
                                    ? "text/javascript; charset=utf-8"
                                    : name.endsWith(".css")
                                            ? "text/css"
                                            : name.endsWith(".wasm")
                                                    ? "application/wasm"
                                                    : name.endsWith(".html")
                                                            ? "text/html; charset=utf-8"
                                                            : "application/octet-stream";
                    exchange.getResponseHeaders().set("Content-Type", type);
                    exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
                    if (body != null) {
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                    }
                    exchange.close();
                });
        server.setExecutor(
                java.util.concurrent.Executors.newFixedThreadPool(
                        8,
                        task -> {
                            Thread t = new Thread(task, "bench-http");
                            t.setDaemon(true);
                            return t;
                        }));
        server.start();
        return server;
    }

    static ChromeDriver browser(Path work, String readerDay) throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(work.resolve("profile-" + System.nanoTime())));
        ChromeDriver driver =
                new ChromeDriver(
                        new ChromeDriverService.Builder()
                                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                                .build(),
                        options);
        long ms = LocalDate.parse(readerDay).atTime(10, 0).toEpochSecond(ZoneOffset.UTC) * 1000;
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "(() => { const fixed = " + ms + "; const Real = Date;"
                                + " class FixedDate extends Real { constructor(...a) {"
                                + " if (a.length === 0) { super(fixed); } else { super(...a); } }"
                                + " static now() { return fixed; } } globalThis.Date = FixedDate; })();"));
        return driver;
    }
}
