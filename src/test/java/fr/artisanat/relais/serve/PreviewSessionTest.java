package fr.artisanat.relais.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import fr.artisanat.relais.pipeline.BuildOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relais serve} as a browser sees it: a real server on 127.0.0.1 (any free port), real HTTP
 * requests, a real event stream, and files changed on disk as an editor would.
 */
class PreviewSessionTest {
    /** A bound on waiting for the watcher, never a timing assertion. */
    private static final int WAIT_SECONDS = 60;

    @TempDir Path dir;
    private TestSite site;
    private PreviewSession session;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        site = TestSite.minimal(dir);
        TestSite.copyTree(TestSite.TEMPLATES, dir.resolve("templates"));
        PrintStream print = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        session =
                PreviewSession.start(
                        new BuildOptions(
                                dir.resolve("content"),
                                dir.resolve("templates"),
                                dir.resolve("apercu"),
                                LocalDate.parse(TestSite.AS_OF),
                                true,
                                false),
                        0,
                        print,
                        print);
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    @Test
    void servesPagesWithTheirContentTypes() throws Exception {
        assertEquals(
                "text/html; charset=utf-8", get("/").headers().firstValue("Content-Type").get());
        assertEquals("text/css; charset=utf-8", type("/assets/style.css"));
        assertEquals("application/atom+xml", type("/flux.xml"));
        assertEquals("application/json", type("/mesures.json"));
        assertEquals("text/csv; charset=utf-8", type("/mesures.csv"));
        assertEquals("text/calendar; charset=utf-8", type("/territoires/09/echeances.ics"));
        assertEquals("application/atom+xml", type("/territoires/09/flux.xml"));
        assertEquals("application/xml", type("/sitemap.xml"));
        assertEquals("text/plain; charset=utf-8", type("/robots.txt"));
        assertEquals("text/javascript; charset=utf-8", type("/__relais/reload.js"));
        HttpResponse<String> page = get("/mesures/pret-beta/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Prêt bêta de la Région"));
    }

    @Test
    void includesDraftsWithTheirBanner() throws Exception {
        HttpResponse<String> draft = get("/mesures/epsilon-brouillon/");
        assertEquals(200, draft.statusCode());
        assertTrue(draft.body().toLowerCase().contains("brouillon"));
    }

    @Test
    void addsTheReloadScriptToServedPagesOnly() throws Exception {
        assertTrue(get("/").body().contains("<script src=\"/__relais/reload.js\" defer></script>"));
        String onDisk = Files.readString(dir.resolve("apercu/index.html"));
        assertFalse(onDisk.contains("__relais"));
        TestSite.Result build = site.build("--drafts");
        assertEquals(0, build.exitCode(), build.err());
        for (var file : TestSite.snapshot(site.out()).entrySet()) {
            assertFalse(
                    new String(file.getValue(), StandardCharsets.UTF_8).contains("__relais"),
                    file.getKey() + " of relais build must not load the preview script");
        }
    }

    @Test
    void redirectsFolderWithoutSlashAndAnswersMissingPagesWithThe404Page() throws Exception {
        assertEquals(301, get("/mesures/pret-beta").statusCode());
        HttpResponse<String> missing = get("/mesures/inexistante/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page introuvable"));
        assertTrue(missing.body().contains("/__relais/reload.js"));
    }

    @Test
    void refusesPathsThatLeaveThePreviewFolder() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "SECRET-DU-DISQUE");
        Files.createSymbolicLink(dir.resolve("apercu/assets/lien.txt"), dir.resolve("secret.txt"));
        for (String path :
                new String[] {
                    "/../secret.txt",
                    "/assets/../../secret.txt",
                    "/%2e%2e/secret.txt",
                    "/assets/%2e%2e/%2e%2e/secret.txt",
                    "/..%2fsecret.txt",
                    "/%2E%2E%2Fsecret.txt",
                    "/assets/..%5c..%5csecret.txt",
                    "/assets/lien.txt",
                    "/.relais-apercu",
                }) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertFalse(response.startsWith("HTTP/1.1 200"), path + " → " + firstLine(response));
            assertFalse(response.contains("SECRET-DU-DISQUE"), path);
        }
    }

    @Test
    void answersConditionalRequestsWithNotModified() throws Exception {
        HttpResponse<String> first = get("/mesures/pret-beta/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get("/mesures/pret-beta/", "If-None-Match", etag).statusCode());
        assertEquals(
                304, get("/mesures/pret-beta/", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get("/mesures/pret-beta/", "If-None-Match", "\"autre\"").statusCode());
    }

    @Test
    void rebuildsTheEditedMeasureAndTellsOpenTabsToReload() throws Exception {
        BlockingQueue<String> events = events();
        awaitLine(events, "event: ok");
        String etag = get("/mesures/pret-beta/").headers().firstValue("ETag").orElseThrow();
        site.write(
                "content/measures/pret-beta.md",
                site.read("content/measures/pret-beta.md")
                        .replace("Entre 3 000", "Désormais entre 3 000"));
        awaitLine(events, "event: reload");
        HttpResponse<String> page = get("/mesures/pret-beta/", "If-None-Match", etag);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Désormais entre 3\u202F000"));
    }

    @Test
    void listsTheNewTitleOnEveryPageThatShowsTheMeasure() throws Exception {
        BlockingQueue<String> events = events();
        awaitLine(events, "event: ok");
        site.write(
                "content/measures/pret-beta.md",
                site.read("content/measures/pret-beta.md")
                        .replace("title: Prêt bêta de la Région", "title: Prêt gamma régional"));
        awaitLine(events, "event: reload");
        assertTrue(get("/mesures/").body().contains("Prêt gamma régional"));
        assertTrue(get("/").body().contains("Prêt gamma régional"));
        assertTrue(get("/territoires/occitanie/").body().contains("Prêt gamma régional"));
        // The site-wide exports follow the pages (bounded wait, not a timing assertion).
        awaitBody("/mesures.json", "Prêt gamma régional");
        awaitBody("/flux.xml", "Prêt gamma régional");
    }

    @Test
    void keepsTheSearchIndexAndItsSynonymsEqualToAFullBuildAfterABodyEdit() throws Exception {
        assertSearchIndexFollows("Entre 3 000", "Un prêt zygomorphe, entre 3 000", "zygomorphe");
    }

    @Test
    void keepsTheSearchIndexEqualToAFullBuildAfterATitleEdit() throws Exception {
        assertSearchIndexFollows(
                "title: Prêt bêta de la Région",
                "title: Prêt gamma régional",
                "Prêt gamma régional");
    }

    /**
     * With synonyms, edits pret-beta ({@code from} → {@code to}), then waits until the served
     * search index equals the one {@code relais build --drafts} makes of the same content.
     */
    @Test
    void movesTheMeasureInEveryListWhenItsClosingDateAndTitleChange() throws Exception {
        // pret-beta closes first, so it leads the open measures; now it closes last.
        assertSearchIndexFollows(
                "closes: 2020-05-01\ntitle: Prêt bêta de la Région",
                "closes: 2020-12-31\ntitle: Aaa prêt de la Région",
                "Aaa prêt de la Région");
    }

    /** {@code from} may hold two lines separated by a newline, replaced one by one. */
    private void assertSearchIndexFollows(String from, String to, String shown) throws Exception {
        BlockingQueue<String> events = events();
        awaitLine(events, "event: ok");
        site.write("content/data/synonyms.yml", "- terms: [chômage partiel, activité partielle]\n");
        awaitLine(events, "event: reload");
        site.write(
                "content/measures/pret-beta.md",
                edit(site.read("content/measures/pret-beta.md"), from.split("\n"), to.split("\n")));
        awaitLine(events, "event: reload");

        TestSite.Result build = site.build("--drafts");
        assertEquals(0, build.exitCode(), build.err());
        Map<String, String> expected = searchIndex(site.out());
        assertTrue(expected.get("meta.js").contains("\"chomag\""), expected.get("meta.js"));
        assertTrue(expected.values().stream().anyMatch(f -> f.contains(shown)), shown);
        // The index follows the pages (bounded wait, not a timing assertion).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!searchIndex(dir.resolve("apercu")).equals(expected)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(expected, searchIndex(dir.resolve("apercu")));
        assertTrue(get("/recherche/index/meta.js").body().contains("\"chomag\""));
        // And every other file, in the order a full build sorts the lists.
        Map<String, String> built = texts(site.out());
        awaitBody("/mesures.json", shown);
        Map<String, String> preview = texts(dir.resolve("apercu"));
        preview.remove(PreviewWriter.MARKER);
        assertEquals(built.keySet(), preview.keySet());
        for (String path : built.keySet()) {
            assertEquals(built.get(path), preview.get(path), path);
        }
    }

    @Test
    void savingSeveralFilesAtOnceGivesOneRebuild() throws Exception {
        BlockingQueue<String> events = events();
        awaitLine(events, "event: ok");
        String[] slugs = {"aide-alpha", "pret-beta", "gamma-a-venir"};
        Map<Path, byte[]> edits = new LinkedHashMap<>();
        for (String slug : slugs) {
            String path = "content/measures/" + slug + ".md";
            edits.put(
                    dir.resolve(path),
                    (site.read(path) + "\nAjout groupé dans " + slug + ".\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<Path, byte[]> edit : edits.entrySet()) {
            Files.write(edit.getKey(), edit.getValue());
        }
        awaitLine(events, "event: reload");
        for (String slug : slugs) {
            assertTrue(
                    get("/mesures/" + slug + "/").body().contains("Ajout groupé dans " + slug),
                    slug);
        }
        // No second rebuild follows: wait well past the watcher's quiet time.
        Thread.sleep(ContentWatcher.MAX_WAIT.toMillis() * 3);
        assertFalse(
                events.stream().anyMatch(l -> l.startsWith("event: reload")),
                "a second reload event: " + events);
        assertEquals(1, terminalText().split("Reconstruit en ", -1).length - 1, terminalText());
    }

    @Test
    void showsErrorsInEveryTabAndKeepsTheLastGoodSiteUntilFixed() throws Exception {
        BlockingQueue<String> events = events();
        awaitLine(events, "event: ok");
        String good = site.read("content/measures/pret-beta.md");
        site.write(
                "content/measures/pret-beta.md",
                good.replace("closes: 2020-05-01", "closes: 2020-13-01"));
        awaitLine(events, "event: errors");
        String data = awaitLine(events, "data: ");
        assertTrue(data.contains("\"file\":\"content/measures/pret-beta.md\""), data);
        assertTrue(data.contains("\"line\":10"), data);
        assertTrue(data.contains("date invalide"), data);
        assertTrue(terminalText().contains("content/measures/pret-beta.md:10"), terminalText());
        assertEquals(200, get("/mesures/pret-beta/").statusCode());

        // A tab opened while the content is broken sees the errors at once.
        BlockingQueue<String> late = events();
        awaitLine(late, "event: errors");

        site.write(
                "content/measures/pret-beta.md",
                good.replace("Entre 3 000", "Corrigé : entre 3 000"));
        awaitLine(events, "event: reload");
        assertTrue(get("/mesures/pret-beta/").body().contains("Corrigé\u202F: entre 3\u202F000"));
    }

    @Test
    void removesTheOldPageOfADeletedOrRenamedMeasure() throws Exception {
        BlockingQueue<String> events = events();
        awaitLine(events, "event: ok");
        assertEquals(200, get("/mesures/gamma-a-venir/").statusCode());
        Files.move(
                dir.resolve("content/measures/gamma-a-venir.md"),
                dir.resolve("content/measures/gamma-bientot.md"));
        awaitLine(events, "event: reload");
        assertEquals(404, get("/mesures/gamma-a-venir/").statusCode());
        assertFalse(Files.exists(dir.resolve("apercu/mesures/gamma-a-venir")));
        assertEquals(200, get("/mesures/gamma-bientot/").statusCode());
        assertFalse(get("/mesures/").body().contains("gamma-a-venir/"));
    }

    @Test
    void rerendersThePagesOfAChangedTemplate() throws Exception {
        BlockingQueue<String> events = events();
        awaitLine(events, "event: ok");
        Path template = dir.resolve("templates/measure.ftlh");
        Files.writeString(
                template,
                Files.readString(template)
                        .replaceFirst("</article>", "<p>Gabarit modifié</p></article>"));
        awaitLine(events, "event: reload");
        assertTrue(get("/mesures/pret-beta/").body().contains("Gabarit modifié"));
        assertFalse(get("/contacts/").body().contains("Gabarit modifié"));
    }

    @Test
    void saysWhichPortIsTakenInsteadOfFailingObscurely() throws Exception {
        try (ServerSocket taken =
                new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            TestSite.Result r =
                    TestSite.run(
                            java.util.List.of(
                                    "serve",
                                    "--port",
                                    Integer.toString(taken.getLocalPort()),
                                    "--content",
                                    dir.resolve("content").toString(),
                                    "--templates",
                                    dir.resolve("templates").toString(),
                                    "--out",
                                    dir.resolve("autre-apercu").toString()));
            assertEquals(2, r.exitCode());
            assertTrue(
                    r.err().contains("le port " + taken.getLocalPort() + " est déjà utilisé"),
                    r.err());
        }
    }

    private static String edit(String text, String[] from, String[] to) {
        for (int i = 0; i < from.length; i++) {
            assertTrue(text.contains(from[i]), from[i]);
            text = text.replace(from[i], to[i]);
        }
        return text;
    }

    /** The search index files of a built folder, by name. */
    private static Map<String, String> searchIndex(Path out) {
        return texts(out.resolve("recherche/index"));
    }

    private static Map<String, String> texts(Path folder) {
        Map<String, String> texts = new TreeMap<>();
        TestSite.snapshot(folder)
                .forEach(
                        (name, bytes) ->
                                texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    private String terminalText() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(session.address().resolve(path))
                        .timeout(Duration.ofSeconds(WAIT_SECONDS));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitBody(String path, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!get(path).body().contains(text)) {
            assertTrue(System.nanoTime() < deadline, path + " never showed « " + text + " »");
            Thread.sleep(50);
        }
    }

    private String type(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** One tab's event stream, line by line. */
    private BlockingQueue<String> events() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        http.sendAsync(
                        HttpRequest.newBuilder(session.address().resolve("/__relais/events"))
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add));
        return lines;
    }

    private String awaitLine(BlockingQueue<String> lines, String prefix)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            assertNotNull(
                    line,
                    "no « " + prefix + " » line on the event stream; terminal:\n" + terminalText());
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** A request sent as is: HTTP clients clean up paths like {@code /../}. */
    private String raw(String request) throws IOException {
        URI address = session.address();
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(WAIT_SECONDS * 1000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            int n = in.read(buffer);
            return n <= 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
        }
    }

    private static String firstLine(String response) {
        int nl = response.indexOf('\r');
        return nl < 0 ? response : response.substring(0, nl);
    }

    @Test
    void stopsCleanly() throws Exception {
        URI address = session.address();
        session.close();
        assertNotEquals(200, statusOrZero(address));
    }

    private int statusOrZero(URI address) {
        try {
            return http.send(
                            HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }
}
