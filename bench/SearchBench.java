import com.sun.net.httpserver.HttpServer;
import fr.artisanat.relais.pipeline.BuildOptions;
import fr.artisanat.relais.pipeline.BuildResult;
import fr.artisanat.relais.pipeline.Pipeline;
import fr.artisanat.relais.search.SearchIndexBuilder;
import fr.artisanat.relais.search.FrenchAnalyzer;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search benchmark (issue 3, item 7), run by bench/search.sh:
 *
 * <ol>
 *   <li>build time with and without the search index (same JVM, medians after a warm-up);
 *   <li>bytes the first query transfers, Relais vs Pagefind (JS API, 10 results with excerpts) on
 *       the same built pages, both served by one 127.0.0.1 server with {@code no-store};
 *   <li>latency from the last keystroke to rendered results in headless Chromium (median).
 * </ol>
 *
 * <pre>java -cp target/relais.jar:SELENIUM_CP bench/SearchBench.java CONTENT WORK ROUNDS PAGEFIND_BIN</pre>
 */
public final class SearchBench {
    static final List<String> QUERIES =
            List.of(
                    "chomage partiel",
                    "pret garanti etat",
                    "aide loyer boulangerie",
                    "fond solidarite",
                    "report cotisations urssaf",
                    "subvention coiffeur occitanie");

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String pagefind = args[3];
        Path site = work.resolve("site");
        LocalDate asOf = LocalDate.of(2020, 6, 15);

        // 1. Build time.
        BuildOptions options =
                new BuildOptions(content, Path.of("templates"), site, asOf, false, false);
        List<Long> builds = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            BuildResult result = new Pipeline().run(options, false);
            long total = (System.nanoTime() - t0) / 1_000_000;
            if (!result.succeeded()) {
                throw new IllegalStateException("build failed: " + result.diagnostics());
            }
            long t1 = System.nanoTime();
            int files = new SearchIndexBuilder(FrenchAnalyzer::new).build(result.site()).size();
            long index = (System.nanoTime() - t1) / 1_000_000;
            System.out.printf(
                    "round %d: build %d ms (of which search index %d ms, %d files)%n",
                    r, total, index, files);
            if (r > 0) {
                builds.add(total);
                indexes.add(index);
            }
        }
        long build = median(builds);
        long index = median(indexes);
        System.out.printf(
                "BUILD median %d ms, search index %d ms: +%.1f %% over the build without it%n",
                build, index, 100.0 * index / (build - index));

        // 2. Write the site, run Pagefind on the same pages.
        new Pipeline().run(options, true);
        long p0 = System.nanoTime();
        Process p =
                new ProcessBuilder(pagefind, "--site", site.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve("pagefind.log").toFile())
                        .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pagefind failed, see " + work.resolve("pagefind.log"));
        }
        System.out.printf("PAGEFIND indexing: %d ms%n", (System.nanoTime() - p0) / 1_000_000);
        Files.writeString(
                site.resolve("pagefind-search.html"),
                """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Pagefind</title></head>
                <body><ol id="out"></ol><script type="module">
                const q = new URLSearchParams(location.search).get("q");
                const pagefind = await import("./pagefind/pagefind.js");
                const search = await pagefind.search(q);
                const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
                for (const d of data) { const li = document.createElement("li"); li.textContent = d.meta.title + " " + d.excerpt; document.getElementById("out").append(li); }
                window.__count = search.results.length; window.__done = true;
                </script></body></html>
                """);

        // 3. Serve and measure.
        Map<String, AtomicLong> served = new ConcurrentHashMap<>();
        HttpServer server = serve(site, served);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        WebDriver browser = browser(work);
        try {
            System.out.println("QUERY | Relais bytes (requests) | Pagefind bytes (requests) | results R/P");
            List<Double> ratio = new ArrayList<>();
            for (String q : QUERIES) {
                String enc = URLEncoder.encode(q, StandardCharsets.UTF_8);
                served.clear();
                browser.get("about:blank");
                browser.get(base + "recherche/index.html?q=" + enc);
                waitFor(browser, "return document.getElementById('finder').dataset.state === 'ready'");
                Bytes ours = sum(served, path -> !path.endsWith(".html") && !path.endsWith(".css"));
                String ourCount = browser.findElement(By.id("finder-status")).getText();
                served.clear();
                browser.get("about:blank");
                browser.get(base + "pagefind-search.html?q=" + enc);
                waitFor(browser, "return window.__done === true");
                Bytes theirs = sum(served, path -> path.startsWith("/pagefind/"));
                Object theirCount =
                        ((JavascriptExecutor) browser).executeScript("return window.__count");
                System.out.printf(
                        "%s | %d (%d) | %d (%d) | %s / %s%n",
                        q, ours.bytes, ours.requests, theirs.bytes, theirs.requests, ourCount, theirCount);
                ratio.add((double) ours.bytes / theirs.bytes);
            }
            Collections.sort(ratio);
            System.out.printf(
                    "BYTES first query, Relais/Pagefind: median %.2f, worst %.2f%n",
                    ratio.get(ratio.size() / 2), ratio.get(ratio.size() - 1));

            // Latency: type each query key by key (80 ms apart), time the last key to the render.
            browser.get(base + "recherche/index.html?q=aide");
            waitFor(browser, "return document.getElementById('finder').dataset.state === 'ready'");
            List<Double> latencies = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (String q : QUERIES) {
                    Object ms =
                            ((JavascriptExecutor) browser)
                                    .executeAsyncScript(TYPE_AND_TIME, q);
                    latencies.add(((Number) ms).doubleValue());
                }
            }
            Collections.sort(latencies);
            System.out.printf(
                    "LATENCY last keystroke → results rendered: median %.1f ms, p90 %.1f ms (%d samples)%n",
                    latencies.get(latencies.size() / 2),
                    latencies.get((int) (latencies.size() * 0.9)),
                    latencies.size());
        } finally {
            browser.quit();
            server.stop(0);
        }
    }

    static final String TYPE_AND_TIME =
            """
            const [q, done] = arguments;
            const input = document.getElementById('finder-q');
            const finder = document.getElementById('finder');
            input.value = '';
            let i = 0;
            function key() {
              i++;
              input.value = q.slice(0, i);
              const t0 = performance.now();
              input.dispatchEvent(new Event('input', {bubbles: true}));
              if (i < q.length) { setTimeout(key, 80); return; }
              (function poll() {
                if (finder.dataset.state === 'ready') { done(performance.now() - t0); }
                else { requestAnimationFrame(poll); }
              })();
            }
            setTimeout(key, 300);
            """;

    record Bytes(long bytes, int requests) {}

    static Bytes sum(Map<String, AtomicLong> served, java.util.function.Predicate<String> which) {
        long bytes = 0;
        int requests = 0;
        for (Map.Entry<String, AtomicLong> e : new TreeMap<>(served).entrySet()) {
            if (which.test(e.getKey())) {
                bytes += e.getValue().get();
                requests++;
            }
        }
        return new Bytes(bytes, requests);
    }

    static void waitFor(WebDriver browser, String script) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(script)));
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static HttpServer serve(Path root, Map<String, AtomicLong> served) throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext(
                "/",
                exchange -> {
                    String path = exchange.getRequestURI().getPath();
                    Path file = root.resolve(path.substring(1)).normalize();
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
                                            : name.endsWith(".json")
                                                    ? "application/json"
                                                    : name.endsWith(".html")
                                                            ? "text/html; charset=utf-8"
                                                            : "application/octet-stream";
                    exchange.getResponseHeaders().set("Content-Type", type);
                    exchange.getResponseHeaders().set("Cache-Control", "no-store");
                    exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
                    if (body != null) {
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                        served.computeIfAbsent(path, k -> new AtomicLong()).addAndGet(body.length);
                    }
                    exchange.close();
                });
        server.setExecutor(
                java.util.concurrent.Executors.newFixedThreadPool(
                        8,
                        task -> {
                            Thread t = new Thread(task, "bench-http");
                            t.setDaemon(true); // the benchmark ends when main does
                            return t;
                        }));
        server.start();
        return server;
    }

    static WebDriver browser(Path work) throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(work.resolve("profile-" + System.nanoTime())));
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build(),
                options);
    }
}
