package fr.artisanat.relais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relais check} end to end: the minimal site, its https addresses excluded, plus addresses
 * on a server the test starts on 127.0.0.1.
 */
class CheckCommandTest {
    @TempDir Path dir;
    private HttpServer server;
    private TestSite site;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/absent", e -> e.sendResponseHeaders(404, -1));
        server.createContext("/ok", e -> e.sendResponseHeaders(200, -1));
        server.start();
        site = TestSite.minimal(dir.resolve("projet"));
        site.write(
                "content/site.yml",
                site.read("content/site.yml")
                        .replace(
                                "    - https://exclu.example.org/",
                                "    - https://exclu.example.org/\n    - https://"));
        String alpha = site.read("content/measures/aide-alpha.md");
        site.write(
                "content/measures/aide-alpha.md",
                alpha.replace("apply_url: https://www.impots.gouv.fr/", "apply_url: " + url("/ok"))
                        .replace(
                                "sources:\n",
                                "sources:\n  - title: Page retirée\n    url: "
                                        + url("/absent")
                                        + "\n  - title: Page en ligne\n    url: "
                                        + url("/ok")
                                        + "\n"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private TestSite.Result check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--content"));
        args.add(site.root().resolve("content").toString());
        args.addAll(List.of("--templates", TestSite.TEMPLATES.toAbsolutePath().toString()));
        args.addAll(List.of("--as-of", TestSite.AS_OF, "--cache", dir.resolve("cache").toString()));
        args.addAll(List.of(extra));
        return TestSite.run(args);
    }

    @Test
    void warnsAboutABrokenExternalLinkGroupedByContentFileWithoutFailing() {
        TestSite.Result r = check();

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(
                r.out()
                        .contains(
                                "content/measures/aide-alpha.md\n  ligne 15 : "
                                        + url("/absent")
                                        + " — cassé : page introuvable (404)\n"),
                r.out());
        assertFalse(r.out().contains(url("/ok") + " —"), r.out());
        assertFalse(Files.exists(site.out()), "check writes no site");
    }

    @Test
    void pointsAtTheApplyUrlLineOfTheMeasure() throws IOException {
        Path report = dir.resolve("liens.json");

        check("--format", "json", "--output", report.toString());

        assertTrue(
                Files.readString(report)
                        .contains(
                                "{\"url\": \""
                                        + url("/ok")
                                        + "\", \"status\": \"ok\", \"http_status\": 200,"),
                report.toString());
        assertTrue(
                Files.readString(report)
                        .contains(
                                "\"origins\": [{\"file\": \"content/measures/aide-alpha.md\","
                                        + " \"line\": 13, \"column\": 1}, {\"file\":"
                                        + " \"content/measures/aide-alpha.md\", \"line\": 17,"),
                Files.readString(report));
    }

    @Test
    void failsOnABrokenExternalLinkWhenAsked() {
        assertEquals(1, check("--fail-on-external").exitCode());
    }

    @Test
    void writesAJunitReportForCiViewers() throws IOException {
        Path report = dir.resolve("liens.xml");

        TestSite.Result r =
                check("--fail-on-external", "--format", "junit", "--output", report.toString());

        assertEquals(1, r.exitCode());
        String xml = Files.readString(report);
        assertTrue(xml.contains("failures=\"1\""), xml);
        assertTrue(
                xml.contains(
                        "<testcase classname=\"content/measures/aide-alpha.md\" name=\""
                                + url("/absent")
                                + "\">\n      <failure message=\"page introuvable (404)\">"),
                xml);
    }

    @Test
    void writesAJsonReport() throws IOException {
        Path report = dir.resolve("liens.json");

        check("--format", "json", "--output", report.toString());

        String json = Files.readString(report);
        assertTrue(
                json.contains(
                        "{\"url\": \""
                                + url("/absent")
                                + "\", \"status\": \"broken\", \"http_status\": 404"),
                json);
        assertTrue(
                json.contains(
                        "\"origins\": [{\"file\": \"content/measures/aide-alpha.md\", \"line\": 15,"),
                json);
    }

    @Test
    void offlineChecksOnlyTheContentAndInternalLinks() {
        TestSite.Result r = check("--offline", "--fail-on-external");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("non vérifiées (--offline)"), r.out());
    }

    @Test
    void failsOnABrokenInternalLinkEvenOffline() {
        site.write(
                "content/measures/aide-alpha.md",
                site.read("content/measures/aide-alpha.md")
                        .replace("(pret-beta.md#montant)", "(pret-beta.md#nulle-part)"));

        TestSite.Result r = check("--offline");

        assertEquals(1, r.exitCode());
        assertTrue(
                r.err().contains("lien vers « pret-beta.md#nulle-part » : ancre introuvable"),
                r.err());
    }

    @Test
    void refusesAnUnknownReportFormat() {
        assertEquals(2, check("--format", "html").exitCode());
    }
}
