import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Rebuild latency of {@code relais serve}: from saving one measure to the rebuilt page on disk.
 *
 * <pre>
 * java bench/ServeLatency.java SITE_DIR [RUNS] [body|title|hugo-body|hugo-title] [PORT]
 * </pre>
 *
 * SITE_DIR holds content/ and templates/ (e.g. made by bench/GenerateCorpus.java plus a copy of
 * templates/). Starts {@code relais serve} there (target/relais.jar, or $RELAIS_JAR), waits for the
 * first build ({@code $RELAIS_JAVA_OPTS}: the JVM options, by default the launcher's for serve),
 * then RUNS times: rewrites one measure with a new marker — in its body ("body", the
 * common edit) or in its title ("title", which also re-renders every list that shows it) — and
 * polls the preview file until the marker is there. Prints each time, then min / median / p90 /
 * max; for Relais also the time until {@code mesures.json}, written with the feed, sitemap and
 * search index after the pages, has it too. Stops the server at the end. JDK only. The hugo-* kinds run {@code hugo server -D
 * --renderToDisk} on a Hugo site holding the same content/measures/ (bench/serve-latency.sh
 * makes it) and poll public/ instead.
 */
public final class ServeLatency {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String kind = args.length > 2 ? args[2] : "body";
        int port = args.length > 3 ? Integer.parseInt(args[3]) : 18765;
        String jarEnv = System.getenv("RELAIS_JAR");
        Path jar = Path.of(jarEnv != null ? jarEnv : "target/relais.jar").toAbsolutePath();
        Path measures = site.resolve("content/measures");
        Path measure;
        try (Stream<Path> files = Files.list(measures)) {
            measure = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().get();
        }
        String slug = measure.getFileName().toString().replace(".md", "");
        boolean hugo = kind.startsWith("hugo");
        kind = hugo ? kind.substring(kind.indexOf('-') + 1) : kind;
        Path out = hugo ? site.resolve("public") : site.resolve(".relais-apercu");
        Path target =
                kind.equals("title")
                        ? out.resolve(hugo ? "measures/index.html" : "mesures/index.html")
                        : out.resolve((hugo ? "measures/" : "mesures/") + slug + "/index.html");
        String original = Files.readString(measure);

        List<String> command =
                hugo
                        ? List.of(
                                "hugo", "server", "-D", "--renderToDisk", "--bind", "127.0.0.1",
                                "--port", Integer.toString(port))
                        : relais(jar, port);
        Process server =
                new ProcessBuilder(command)
                        .directory(site.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(site.resolve("serve-bench.log").toFile())
                        .start();
        try {
            long started = System.nanoTime();
            HttpClient http = HttpClient.newHttpClient();
            while (true) {
                try {
                    http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    break;
                } catch (IOException e) {
                    if (!server.isAlive()) {
                        throw new IllegalStateException("relais serve stopped, see serve-bench.log");
                    }
                    Thread.sleep(200);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "first build and start: %.1f s (%s)%n",
                    (System.nanoTime() - started) / 1e9,
                    measure.getFileName());
            Thread.sleep(1000);
            List<Double> times = new ArrayList<>();
            List<Double> allTimes = new ArrayList<>();
            Path exports = out.resolve("mesures.json");
            for (int i = 0; i < runs; i++) {
                String marker = "MARQUEUR" + System.nanoTime();
                String edited =
                        kind.equals("title")
                                ? original.replaceFirst("(?m)^title: \"?", "title: \"" + marker + " ")
                                        .replaceFirst("(?m)^(title: \"" + marker + " .*?)\"?$", "$1\"")
                                : original.replaceFirst("\n---\n", "\n---\n" + marker + "\n\n");
                long t0 = System.nanoTime();
                Files.writeString(measure, edited);
                while (!contains(target, marker)) {
                    if ((System.nanoTime() - t0) > 120e9) {
                        throw new IllegalStateException("no rebuild after 120 s");
                    }
                    Thread.sleep(1);
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                times.add(ms);
                if (hugo) {
                    System.out.printf(Locale.ROOT, "run %2d: %.0f ms%n", i + 1, ms);
                    Thread.sleep(2500);
                    continue;
                }
                // Relais writes the site-wide exports (feed, mesures.json, sitemap, then the search
                // index) after the pages: wait for them too, so that the next edit starts idle.
                while (!contains(exports, marker)) {
                    if ((System.nanoTime() - t0) > 120e9) {
                        throw new IllegalStateException("no exports after 120 s");
                    }
                    Thread.sleep(5);
                }
                double all = (System.nanoTime() - t0) / 1e6;
                allTimes.add(all);
                System.out.printf(
                        Locale.ROOT, "run %2d: %.0f ms (exports: %.0f ms)%n", i + 1, ms, all);
                Thread.sleep(1000); // the search index follows mesures.json
            }
            Collections.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "%s edit, %d runs: min %.0f ms, median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                    kind,
                    runs,
                    times.get(0),
                    times.get(times.size() / 2),
                    times.get((int) Math.min(times.size() - 1, Math.round(times.size() * 0.9))),
                    times.get(times.size() - 1));
            if (!allTimes.isEmpty()) {
                Collections.sort(allTimes);
                System.out.printf(
                        Locale.ROOT,
                        "%s edit, up to the site-wide exports: median %.0f ms%n",
                        kind,
                        allTimes.get(allTimes.size() / 2));
            }
        } finally {
            Files.writeString(measure, original);
            server.destroy();
            server.waitFor();
        }
    }

    /**
     * {@code java $RELAIS_JAVA_OPTS -jar relais.jar serve}; the options default to the launcher's
     * for {@code serve} ({@code ./relais}).
     */
    private static List<String> relais(Path jar, int port) {
        String opts = System.getenv("RELAIS_JAVA_OPTS");
        List<String> command = new ArrayList<>(List.of("java"));
        for (String o : (opts == null ? "-XX:+UseG1GC -Xss4m" : opts).trim().split("\\s+")) {
            if (!o.isEmpty()) {
                command.add(o);
            }
        }
        // The corpus's dates are around 2020-06-15 (bench/README.md).
        command.addAll(
                List.of(
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--as-of",
                        "2020-06-15",
                        "--port",
                        Integer.toString(port)));
        return command;
    }

    private static boolean contains(Path file, String marker) throws IOException {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(marker);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }
}
