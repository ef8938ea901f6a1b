package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL (power cut, CI timeout, {@code kill -9}) while it renders or while it
 * writes: the previous {@code site/} stays byte-identical, and the next build succeeds. The build
 * runs as a child process ({@code java -cp … fr.artisanat.relais.cli.Main build}) on a corpus made
 * by {@code bench/GenerateCorpus.java}.
 */
class InterruptedBuildTest {
    private static final int MEASURES = 150;
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir Path dir;

    @Test
    void sigkillDuringTheBuildLeavesThePreviousSiteByteIdentical() throws Exception {
        Path corpus = dir.resolve("corpus");
        Process generator =
                new ProcessBuilder(
                                JAVA,
                                "bench/GenerateCorpus.java",
                                String.valueOf(MEASURES),
                                corpus.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("generator.log").toFile())
                        .start();
        assertTrue(generator.waitFor(5, TimeUnit.MINUTES), "corpus generated");
        assertEquals(0, generator.exitValue(), Files.readString(dir.resolve("generator.log")));
        Path site = corpus.resolve("site");

        TestSite.Result first =
                TestSite.run(
                        List.of(
                                "build",
                                "--content",
                                corpus.resolve("content").toString(),
                                "--templates",
                                TestSite.TEMPLATES.toAbsolutePath().toString(),
                                "--out",
                                site.toString(),
                                "--as-of",
                                "2020-06-15"));
        assertEquals(0, first.exitCode(), first.err());
        Map<String, String> before = hashes(site);
        assertTrue(before.size() > MEASURES, before.size() + " files");

        // Another date changes statuses, hence pages: a half-swapped site would show.
        List<String> kills = new ArrayList<>();
        Process rendering = build(corpus);
        Thread.sleep(1500);
        assertTrue(rendering.isAlive(), "the build was still running when killed");
        kill(rendering);
        kills.add("pendant le rendu");
        assertEquals(before, hashes(site), "after a kill while rendering");

        int tries = 0;
        while (kills.size() < 3 && tries++ < 8) {
            Process writing = build(corpus);
            int threshold = kills.size() == 1 ? 1 : MEASURES / 2;
            while (writing.isAlive() && stagedFiles(corpus) < threshold) {
                Thread.onSpinWait();
            }
            if (writing.isAlive()) {
                kill(writing);
                kills.add("pendant l'écriture (" + threshold + "+ fichiers en préparation)");
                assertEquals(before, hashes(site), "after a kill while writing");
            } else {
                // Finished before the kill (a very fast machine): start from the first site again.
                assertEquals(0, writing.exitValue());
                TestSite.Result again =
                        TestSite.run(
                                List.of(
                                        "build",
                                        "--content",
                                        corpus.resolve("content").toString(),
                                        "--templates",
                                        TestSite.TEMPLATES.toAbsolutePath().toString(),
                                        "--out",
                                        site.toString(),
                                        "--as-of",
                                        "2020-06-15"));
                assertEquals(0, again.exitCode(), again.err());
                assertEquals(before, hashes(site));
            }
        }
        assertEquals(3, kills.size(), "killed " + kills);

        Process next = build(corpus);
        assertTrue(next.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, next.exitValue(), Files.readString(dir.resolve("build.log")));
        Map<String, String> after = hashes(site);
        assertNotEquals(before, after, "the next build did publish the new date");
        try (Stream<Path> beside = Files.list(corpus)) {
            assertEquals(
                    List.of("content", "site"),
                    beside.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left");
        }
        System.out.printf(
                "[chiffres] SIGKILL : %d constructions tuées (%s), site/ intact (%d fichiers,"
                        + " %d octets comparés), la suivante réussit%n",
                kills.size(), String.join(", ", kills), before.size(), bytes(site));
    }

    private Process build(Path corpus) throws IOException {
        return new ProcessBuilder(
                        JAVA,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "fr.artisanat.relais.cli.Main",
                        "build",
                        "--content",
                        corpus.resolve("content").toString(),
                        "--templates",
                        TestSite.TEMPLATES.toAbsolutePath().toString(),
                        "--out",
                        corpus.resolve("site").toString(),
                        "--as-of",
                        "2020-06-20")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile())
                .start();
    }

    /** SIGKILL: {@code destroyForcibly} is {@code kill -9} on Linux. */
    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
    }

    private static long stagedFiles(Path corpus) {
        try (Stream<Path> beside = Files.list(corpus)) {
            for (Path p : beside.toList()) {
                if (p.getFileName().toString().startsWith(".site.tmp-")) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        return walk.count();
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The folder changed while it was being listed: look again.
        }
        return 0;
    }

    private static Map<String, String> hashes(Path site) {
        Map<String, String> hashes = new TreeMap<>();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            TestSite.snapshot(site)
                    .forEach((p, b) -> hashes.put(p, HexFormat.of().formatHex(sha.digest(b))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        assertFalse(hashes.isEmpty(), "site/ exists");
        return hashes;
    }

    private static long bytes(Path site) {
        return TestSite.snapshot(site).values().stream().mapToLong(b -> b.length).sum();
    }
}
