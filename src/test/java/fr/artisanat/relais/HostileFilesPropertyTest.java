package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Random content files — front matter and Markdown with invalid UTF-8, deep nesting, huge lists,
 * long lines and control characters — built into the minimal site: the build succeeds or reports
 * French diagnostics, never throws, never hangs, never writes outside {@code site/}, and a failed
 * build leaves the previous {@code site/} as it was.
 *
 * <p>Case {@code i} uses the seed {@code base + i}, and that seed alone decides both which file the
 * case replaces and its content, so CI always runs the same cases and any one of them is replayed
 * with {@code -Drelais.fuzz.seed=<its seed> -Drelais.fuzz.cases=1}. A different {@code
 * relais.fuzz.seed} explores other cases; {@code relais.fuzz.cases} runs more or fewer.
 */
class HostileFilesPropertyTest {
    private static final long BASE_SEED = Long.getLong("relais.fuzz.seed", 20_260_407L);
    private static final int CASE_COUNT = Integer.getInteger("relais.fuzz.cases", 95);

    /** Far above a normal build of this site (well under a second): only catches hangs. */
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger FAILED_BUILDS = new AtomicInteger();
    private static final AtomicInteger EXCEPTIONS = new AtomicInteger();
    private static final AtomicInteger HANGS = new AtomicInteger();
    private static Path work;
    private static Path built;

    /**
     * What a case replaces, chosen by its seed modulo 19 so that 95 consecutive seeds give 40, 25,
     * 15 and 15 cases, as many as each kind had before.
     */
    private enum Kind {
        MEASURE(8, "content/measures/fuzz.md", RandomContentGenerator::contentFile),
        NEARLY_VALID_MEASURE(
                5,
                "content/measures/aide-alpha.md",
                g -> g.nearlyValidMeasure().getBytes(StandardCharsets.UTF_8)),
        PAGE(3, "content/pages/fuzz.md", RandomContentGenerator::contentFile),
        DATA_FILE(3, "content/data/funders.yml", g -> g.yaml().getBytes(StandardCharsets.UTF_8));

        final int share;
        final String path;
        final Function<RandomContentGenerator, byte[]> file;

        Kind(int share, String path, Function<RandomContentGenerator, byte[]> file) {
            this.share = share;
            this.path = path;
            this.file = file;
        }

        static Kind of(long seed) {
            int slot = (int) Math.floorMod(seed, 19L);
            for (Kind kind : values()) {
                if (slot < kind.share) {
                    return kind;
                }
                slot -= kind.share;
            }
            throw new IllegalStateException("shares must add up to 19");
        }
    }

    @BeforeAll
    static void buildTheMinimalSiteOnce() throws IOException {
        work = Files.createTempDirectory("relais-fuzz");
        built = work.resolve("built");
        TestSite.Result first = TestSite.minimal(built).build();
        assertEquals(0, first.exitCode(), first.err());
    }

    @AfterAll
    static void report() {
        System.out.printf(
                "[chiffres] fuzz : %d fichiers aléatoires construits, %d refusés avec"
                        + " diagnostics, %d exception, %d blocage (graines %d à %d)%n",
                CASES.get(),
                FAILED_BUILDS.get(),
                EXCEPTIONS.get(),
                HANGS.get(),
                BASE_SEED,
                BASE_SEED + CASE_COUNT - 1);
        deleteTree(work);
    }

    @TestFactory
    Stream<DynamicTest> randomFilesBuildOrAreReported() {
        return LongStream.range(0, CASE_COUNT)
                .mapToObj(
                        i -> {
                            long seed = BASE_SEED + i;
                            Kind kind = Kind.of(seed);
                            return DynamicTest.dynamicTest(
                                    kind.path + " — graine " + seed, () -> replay(kind, seed));
                        });
    }

    /** Runs one case, and names its seed in any failure so that it can be run again alone. */
    private static void replay(Kind kind, long seed) {
        // java.util.Random gives close first draws for close seeds: spread the seeds apart.
        Random random = new Random(seed * 0x9E3779B97F4A7C15L);
        byte[] file = kind.file.apply(new RandomContentGenerator(random));
        try {
            check(kind.path, file);
        } catch (Throwable t) {
            throw new AssertionFailedError(
                    String.format(
                            "seed %d (%s, %d bytes) — replay with: mvn -B test"
                                    + " -Dtest=HostileFilesPropertyTest -Drelais.fuzz.seed=%d"
                                    + " -Drelais.fuzz.cases=1 — %s",
                            seed, kind.path, file.length, seed, t.getMessage()),
                    t);
        }
    }

    /** Builds the minimal site with {@code path} replaced, and checks what a user would see. */
    private static void check(String path, byte[] bytes) {
        int n = CASES.incrementAndGet();
        Path dir = work.resolve("case-" + n);
        TestSite.copyTree(built, dir);
        TestSite site = TestSite.empty(dir);
        site.writeBytes(path, bytes);
        Map<String, byte[]> sources = outsideSite(dir);
        Map<String, byte[]> before = TestSite.snapshot(site.out());

        TestSite.Result result;
        try {
            result = assertTimeoutPreemptively(NO_HANG, () -> site.build());
        } catch (AssertionFailedError hang) {
            HANGS.incrementAndGet();
            throw hang;
        } catch (RuntimeException | Error thrown) {
            EXCEPTIONS.incrementAndGet();
            throw thrown;
        }

        String err = result.err();
        if (err.contains("Exception") || err.contains("\tat ") || result.exitCode() > 1) {
            EXCEPTIONS.incrementAndGet();
        }
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertTrue(result.exitCode() == 0 || result.exitCode() == 1, "exit " + result.exitCode());
        if (result.exitCode() == 1) {
            FAILED_BUILDS.incrementAndGet();
            assertFalse(result.diagnostics().isEmpty(), err);
            assertTrue(err.contains("n'a pas été modifié"), err);
            Map<String, byte[]> after = TestSite.snapshot(site.out());
            assertEquals(before.keySet(), after.keySet());
            before.forEach((p, b) -> assertArrayEquals(b, after.get(p), p));
        }
        // Nothing written beside site/: content/ untouched, no staging folder left.
        Map<String, byte[]> afterSources = outsideSite(dir);
        assertEquals(sources.keySet(), afterSources.keySet());
        sources.forEach((p, b) -> assertArrayEquals(b, afterSources.get(p), p));
        try (Stream<Path> top = Files.list(dir)) {
            assertEquals(
                    List.of("content", "site"),
                    top.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteTree(dir);
    }

    private static Map<String, byte[]> outsideSite(Path dir) {
        Map<String, byte[]> files = TestSite.snapshot(dir);
        files.keySet().removeIf(p -> p.startsWith("site/"));
        return files;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
