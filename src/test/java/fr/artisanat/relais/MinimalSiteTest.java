package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minimal fixture site, built end to end through the command line. */
class MinimalSiteTest {
    @TempDir Path dir;

    @Test
    void buildsMinimalSiteMatchingGoldenFiles() {
        TestSite site = TestSite.minimal(dir);
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        GoldenFiles.assertTreeMatches(
                TestSite.FIXTURES.resolve("minimal.expected"), TestSite.snapshot(site.out()));
    }

    @Test
    void printsOneSummaryLine() {
        TestSite.Result result = TestSite.minimal(dir).build();
        assertEquals(1, result.out().lines().count(), result.out());
        assertTrue(
                result.out()
                        .matches(
                                "(?s)Site construit dans .*: \\d+ pages, 4 mesures, 0 avertissement, .* s \\(statuts au 2020-04-15\\)\\n"),
                result.out());
    }

    @Test
    void buildsTwiceWithIdenticalBytes() throws Exception {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> first = TestSite.snapshot(site.out());
        Thread.sleep(1100); // a timestamp in the output would now differ
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> second = TestSite.snapshot(site.out());
        assertEquals(first.keySet(), second.keySet());
        for (String path : first.keySet()) {
            assertArrayEquals(first.get(path), second.get(path), path);
        }
    }

    @Test
    void leavesDraftsOutUnlessAsked() {
        TestSite site = TestSite.minimal(dir);
        site.build();
        assertFalse(Files.exists(site.out().resolve("mesures/epsilon-brouillon/index.html")));
        assertFalse(site.read("site/mesures.json").contains("epsilon"));
        site.build("--drafts");
        assertTrue(Files.exists(site.out().resolve("mesures/epsilon-brouillon/index.html")));
    }

    @Test
    void failedBuildLeavesExistingSiteUntouched() {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> before = TestSite.snapshot(site.out());
        site.write(
                "content/measures/aide-alpha.md",
                site.read("content/measures/aide-alpha.md")
                        .replace("level: national", "level: mondial"));
        TestSite.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("n'a pas été modifié"), result.err());
        Map<String, byte[]> after = TestSite.snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertFalse(Files.exists(dir.resolve(".site.old")));
    }

    @Test
    void strictTurnsWarningsIntoFailure() {
        TestSite site = TestSite.minimal(dir);
        TestSite.Result lenient = site.build("--as-of", "2021-06-01");
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.err().contains("mesure non vérifiée depuis"), lenient.err());
        TestSite.Result strict = site.build("--as-of", "2021-06-01", "--strict");
        assertEquals(1, strict.exitCode());
    }

    @Test
    void sourceDateEpochDecidesStatusWithoutAsOf() {
        TestSite site = TestSite.minimal(dir);
        var args =
                new java.util.ArrayList<>(
                        java.util.List.of(
                                "build",
                                "--content",
                                site.root().resolve("content").toString(),
                                "--templates",
                                TestSite.TEMPLATES.toAbsolutePath().toString(),
                                "--out",
                                site.out().toString()));
        var out = new java.io.ByteArrayOutputStream();
        int code =
                fr.artisanat.relais.cli.Main.run(
                        args,
                        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                        new java.io.PrintStream(
                                new java.io.ByteArrayOutputStream(),
                                true,
                                java.nio.charset.StandardCharsets.UTF_8),
                        Map.of("SOURCE_DATE_EPOCH", "1586901600")); // 2020-04-15T00:00+02:00
        assertEquals(0, code);
        assertTrue(
                out.toString(java.nio.charset.StandardCharsets.UTF_8)
                        .contains("statuts au 2020-04-15"));
    }
}
