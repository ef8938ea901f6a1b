package fr.artisanat.relais.linkcheck;

import static fr.artisanat.relais.linkcheck.LocalServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each behaviour of the external check against a server started by the test on 127.0.0.1. */
class HttpLinkCheckerTest {
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2020-04-15T08:00:00Z"), ZoneOffset.UTC);

    private final LocalServer server = new LocalServer();
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpLinkChecker checker(Duration readTimeout, int perHost) {
        HttpSettings settings =
                new HttpSettings(
                        Duration.ofSeconds(2),
                        readTimeout,
                        perHost,
                        16,
                        3,
                        Duration.ofSeconds(30),
                        10,
                        "test");
        return new HttpLinkChecker(settings, waits::add, CLOCK);
    }

    private LinkResult check(String path) {
        return checker(Duration.ofSeconds(5), 2).check(server.url(path));
    }

    @Test
    void acceptsAnAddressThatAnswers200() {
        server.on("/ok", status(200));

        LinkResult r = check("/ok");

        assertEquals(LinkStatus.OK, r.status());
        assertEquals(200, r.httpStatus());
    }

    @Test
    void reportsMissingPageAsBroken() {
        server.on("/absent", status(404));

        LinkResult r = check("/absent");

        assertEquals(LinkStatus.BROKEN, r.status());
        assertEquals("page introuvable (404)", r.message());
    }

    @Test
    void reportsDeletedPageAsBroken() {
        server.on("/supprimee", status(410));

        assertEquals("page supprimée (410)", check("/supprimee").message());
    }

    @Test
    void followsAChainOfPermanentRedirectsAndGivesTheNewAddress() {
        server.on("/a", status(301, "Location", "/b"))
                .on("/b", status(308, "Location", server.url("/c")))
                .on("/c", status(200));

        LinkResult r = check("/a");

        assertEquals(LinkStatus.MOVED, r.status());
        assertEquals(server.url("/c"), r.newUrl());
    }

    @Test
    void doesNotAskToUpdateAnAddressBehindATemporaryRedirect() {
        server.on("/temp", status(302, "Location", "/ok")).on("/ok", status(200));

        assertEquals(LinkStatus.OK, check("/temp").status());
    }

    @Test
    void detectsARedirectLoop() {
        server.on("/ping", status(302, "Location", "/pong"))
                .on("/pong", status(302, "Location", "/ping"));

        LinkResult r = check("/ping");

        assertEquals(LinkStatus.BROKEN, r.status());
        assertTrue(r.message().startsWith("boucle de redirections"), r.message());
    }

    @Test
    void givesUpAfterTenRedirects() {
        server.on(
                "/saut/",
                (exchange, n) -> {
                    String path = exchange.getRequestURI().getPath();
                    int i = Integer.parseInt(path.substring("/saut/".length()));
                    exchange.getResponseHeaders().add("Location", "/saut/" + (i + 1));
                    exchange.sendResponseHeaders(302, -1);
                });

        LinkResult r = check("/saut/0");

        assertEquals(LinkStatus.BROKEN, r.status());
        assertEquals("trop de redirections (plus de 10)", r.message());
    }

    @Test
    void honoursRetryAfterOn429ThenSucceeds() {
        server.on(
                "/limite",
                (exchange, n) -> {
                    if (n == 0) {
                        exchange.getResponseHeaders().add("Retry-After", "7");
                        exchange.sendResponseHeaders(429, -1);
                    } else {
                        exchange.sendResponseHeaders(200, -1);
                    }
                });

        LinkResult r = check("/limite");

        assertEquals(LinkStatus.OK, r.status());
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
    }

    @Test
    void capsAVeryLongRetryAfter() {
        server.on(
                "/limite",
                (exchange, n) -> {
                    exchange.getResponseHeaders().add("Retry-After", n == 0 ? "86400" : "0");
                    exchange.sendResponseHeaders(n == 0 ? 503 : 200, -1);
                });

        check("/limite");

        assertEquals(List.of(Duration.ofSeconds(30)), waits);
    }

    @Test
    void retriesAServerErrorWithBackoffThenSucceeds() {
        server.on(
                "/instable", (exchange, n) -> exchange.sendResponseHeaders(n == 0 ? 500 : 200, -1));

        LinkResult r = check("/instable");

        assertEquals(LinkStatus.OK, r.status());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    @Test
    void warnsAboutAServerThatKeepsFailingAfterBoundedRetries() {
        server.on("/panne", status(500));

        LinkResult r = check("/panne");

        assertEquals(LinkStatus.UNCERTAIN, r.status());
        assertEquals(4, server.hits("/panne"));
        assertEquals(
                List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)),
                waits);
    }

    @Test
    void fallsBackToGetWhenHeadIsRefused() {
        server.on(
                "/sans-head",
                (exchange, n) ->
                        exchange.sendResponseHeaders(
                                exchange.getRequestMethod().equals("HEAD") ? 405 : 200, -1));

        assertEquals(LinkStatus.OK, check("/sans-head").status());
    }

    @Test
    void warnsWhenTheServerIsSlowerThanTheTimeout() {
        server.on(
                "/lent",
                (exchange, n) -> {
                    try {
                        Thread.sleep(3_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(200, -1);
                });

        LinkResult r = checker(Duration.ofMillis(200), 2).check(server.url("/lent"));

        assertEquals(LinkStatus.UNCERTAIN, r.status());
        assertEquals("pas de réponse en 200 ms", r.message());
    }

    @Test
    void warnsWhenTheConnectionIsRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        LinkResult r = checker(Duration.ofSeconds(2), 2).check("http://127.0.0.1:" + port + "/");

        assertEquals(LinkStatus.UNCERTAIN, r.status());
        assertEquals("connexion refusée", r.message());
    }

    @Test
    void doesNotDownloadAHugeBody() throws Exception {
        long huge = 1L << 30;
        CompletableFuture<Long> sent = new CompletableFuture<>();
        server.on(
                "/enorme",
                (exchange, n) -> {
                    if (exchange.getRequestMethod().equals("HEAD")) {
                        exchange.sendResponseHeaders(405, -1);
                        return;
                    }
                    exchange.sendResponseHeaders(200, huge);
                    byte[] chunk = new byte[64 * 1024];
                    long written = 0;
                    try (OutputStream body = exchange.getResponseBody()) {
                        while (written < huge) {
                            body.write(chunk);
                            written += chunk.length;
                        }
                    } catch (IOException closedByClient) {
                        // expected: the checker hung up after the headers
                    } finally {
                        sent.complete(written);
                    }
                });

        LinkResult r = check("/enorme");

        assertEquals(LinkStatus.OK, r.status());
        long bytes = sent.get(20, TimeUnit.SECONDS);
        assertTrue(bytes < 64L << 20, "server sent " + bytes + " bytes of " + huge);
    }

    @Test
    void neverOpensMoreThanTheLimitOfRequestsToOneHost() {
        AtomicInteger current = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        server.on(
                "/page",
                (exchange, n) -> {
                    max.accumulateAndGet(current.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    current.decrementAndGet();
                    exchange.sendResponseHeaders(200, -1);
                });
        List<String> urls = IntStream.range(0, 12).mapToObj(i -> server.url("/page/" + i)).toList();

        List<LinkResult> results = checker(Duration.ofSeconds(5), 2).checkAll(urls, r -> {});

        assertEquals(12, results.stream().filter(r -> r.status() == LinkStatus.OK).count());
        assertTrue(max.get() <= 2, "at most 2 at once, saw " + max.get());
        assertEquals(12, server.hits("/page"));
    }

    @Test
    void spreadsTheQueueOverHosts() {
        assertEquals(
                List.of("http://a/1", "http://b/1", "http://a/2", "http://a/3"),
                HttpLinkChecker.interleaveByHost(
                        List.of("http://a/1", "http://a/2", "http://a/3", "http://b/1")));
    }
}
