package fr.artisanat.relais.linkcheck;

import static fr.artisanat.relais.linkcheck.LocalServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.artisanat.relais.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cache, exclusions, offline mode and the syntax-only checks, around the HTTP checker. */
class ExternalLinkCheckerTest {
    private static final Instant NOW = Instant.parse("2020-04-15T08:00:00Z");

    @TempDir Path cacheDir;
    private final LocalServer server =
            new LocalServer().on("/ok", status(200)).on("/absent", status(404));

    @AfterEach
    void stop() {
        server.close();
    }

    private static ExternalLinkChecker checker(Instant now) {
        return new ExternalLinkChecker(
                HttpSettings.defaults(5, 2, 16), d -> {}, Clock.fixed(now, ZoneOffset.UTC));
    }

    private List<ExternalLink> links(String... urls) {
        List<ExternalLink> links = new ArrayList<>();
        for (String url : urls) {
            links.add(
                    new ExternalLink(
                            url, List.of(new SourcePosition("content/measures/x.md", 3, 1))));
        }
        return links;
    }

    private Map<String, LinkStatus> statuses(LinkCheckReport report) {
        Map<String, LinkStatus> out = new TreeMap<>();
        report.results().forEach((url, r) -> out.put(url, r.status()));
        return out;
    }

    private LinkCheckReport runWithCache(Instant now) throws IOException {
        LinkCache cache = LinkCache.load(cacheDir);
        LinkCheckReport report =
                checker(now)
                        .check(
                                links(server.url("/ok"), server.url("/absent")),
                                List.of(),
                                false,
                                cache,
                                7,
                                (a, b) -> {});
        cache.save();
        return report;
    }

    @Test
    void skipsAFreshSuccessFromTheCacheButRechecksAFailure() throws IOException {
        runWithCache(NOW);

        LinkCheckReport second = runWithCache(NOW.plus(Duration.ofDays(6)));

        assertEquals(1, server.hits("/ok"));
        assertEquals(4, server.hits("/absent")); // HEAD then GET, twice
        assertEquals(1, second.cachedCount());
        assertEquals(LinkStatus.BROKEN, second.results().get(server.url("/absent")).status());
    }

    @Test
    void rechecksASuccessOnceItIsOlderThanCacheDays() throws IOException {
        runWithCache(NOW);

        runWithCache(NOW.plus(Duration.ofDays(8)));

        assertEquals(2, server.hits("/ok"));
    }

    @Test
    void ignoresTheCacheWhenNoneIsGiven() throws IOException {
        runWithCache(NOW);

        checker(NOW).check(links(server.url("/ok")), List.of(), false, null, 7, (a, b) -> {});

        assertEquals(2, server.hits("/ok"));
    }

    @Test
    void checksMailAndPhoneLinksForSyntaxOnly() {
        LinkCheckReport report =
                checker(NOW)
                        .check(
                                links(
                                        "mailto:contact@cma-occitanie.fr",
                                        "mailto:contact@",
                                        "tel:+33806803900",
                                        "tel:appelez-nous"),
                                List.of(),
                                false,
                                null,
                                7,
                                (a, b) -> {});

        assertEquals(
                Map.of(
                        "mailto:contact@cma-occitanie.fr", LinkStatus.OK,
                        "mailto:contact@", LinkStatus.BROKEN,
                        "tel:+33806803900", LinkStatus.OK,
                        "tel:appelez-nous", LinkStatus.BROKEN),
                statuses(report));
    }

    @Test
    void leavesExcludedAndOfflineAddressesUnchecked() {
        LinkCheckReport report =
                checker(NOW)
                        .check(
                                links(
                                        server.url("/ok"),
                                        server.url("/absent"),
                                        "https://x.gouv.fr/"),
                                List.of(server.url("/abs"), "^https://[a-z]+\\.gouv\\.fr/"),
                                true,
                                null,
                                7,
                                (a, b) -> {});

        assertEquals(
                Map.of(
                        server.url("/ok"),
                        LinkStatus.SKIPPED,
                        server.url("/absent"),
                        LinkStatus.EXCLUDED,
                        "https://x.gouv.fr/",
                        LinkStatus.EXCLUDED),
                statuses(report));
        assertEquals(0, server.hits("/ok"));
    }

    @Test
    void reportsProgressUpToTheTotal() {
        List<String> seen = new ArrayList<>();

        checker(NOW)
                .check(
                        links(server.url("/ok"), "tel:+33806803900"),
                        List.of(),
                        false,
                        null,
                        7,
                        (done, total) -> seen.add(done + "/" + total));

        assertEquals(List.of("1/2", "2/2"), seen);
    }
}
