package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random content files — front matter and Markdown with invalid UTF-8, deep nesting, huge lists,
 * long lines and control characters — built into the minimal site: the build succeeds or reports
 * French diagnostics, never throws, never hangs, never writes outside {@code site/}, and a failed
 * build leaves the previous {@code site/} as it was.
 */
class HostileFilesPropertyTest {
    /** Far above a normal build of this site (well under a second): only catches hangs. */
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger FAILED_BUILDS = new AtomicInteger();
    private static Path work;
    private static Path built;

    @BeforeContainer
    static void buildTheMinimalSiteOnce() throws IOException {
        work = Files.createTempDirectory("relais-fuzz");
        built = work.resolve("built");
        TestSite.Result first = TestSite.minimal(built).build();
        assertEquals(0, first.exitCode(), first.err());
    }

    @AfterContainer
    static void report() throws IOException {
        System.out.printf(
                "[chiffres] fuzz : %d fichiers aléatoires construits, %d refusés avec"
                        + " diagnostics, 0 exception, 0 blocage%n",
                CASES.get(), FAILED_BUILDS.get());
        try (Stream<Path> walk = Files.walk(work)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 40)
    void randomMeasureBuildsOrIsReported(@ForAll("measureFiles") byte[] file) {
        check("content/measures/fuzz.md", file);
    }

    @Property(tries = 25)
    void nearlyValidMeasureWithRandomBodyBuildsOrIsReported(
            @ForAll("nearlyValidMeasures") String file) {
        check("content/measures/aide-alpha.md", file.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 15)
    void randomPageBuildsOrIsReported(@ForAll("measureFiles") byte[] file) {
        check("content/pages/fuzz.md", file);
    }

    @Property(tries = 15)
    void randomDataFileBuildsOrIsReported(@ForAll("yaml") String yaml) {
        check("content/data/funders.yml", yaml.getBytes(StandardCharsets.UTF_8));
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

        TestSite.Result result = assertTimeoutPreemptively(NO_HANG, () -> site.build());

        String err = result.err();
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

    // ---- Generators ------------------------------------------------------------------------

    /** Any character an editor or a broken tool could produce, hostile ones over-represented. */
    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(maxLength),
                Arbitraries.strings()
                        .withChars("-:[]{}#&*!|>'\"%@`,?\\ \t\n\r\u0000\u0007\u001b\u007f\u00a0")
                        .withChars("éèàçœ€«»\u2028\u2029\ufeff\ud800\udfff")
                        .alpha()
                        .ofMaxLength(maxLength),
                Arbitraries.of(
                        "---",
                        "~~~",
                        "<script>alert(1)</script>",
                        "[x](javascript:alert(1))",
                        "![i](x.png)",
                        "&#0;",
                        "\\u0000",
                        "*a **b *c",
                        "| a |\n|---|\n| b |",
                        "```",
                        "<!--",
                        "[a]: <",
                        "&a;",
                        "2020-02-30",
                        "!!binary AAAA",
                        "!!java.lang.Runtime",
                        "&a [1]",
                        "*a",
                        "? complex"));
    }

    private static Arbitrary<String> nested() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 3000),
                        Arbitraries.of("[", "{a: ", "- ", "> ", "* ", "  "))
                .as(
                        (depth, open) ->
                                open.repeat(depth)
                                        + (open.equals("[")
                                                ? "]".repeat(depth)
                                                : open.equals("{a: ")
                                                        ? "1" + "}".repeat(depth)
                                                        : "x"));
    }

    private static Arbitrary<String> hugeList() {
        return Combinators.combine(
                        Arbitraries.integers().between(100, 50_000), Arbitraries.of("[", "\n  - "))
                .as(
                        (n, style) ->
                                style.equals("[")
                                        ? "[" + "etat, ".repeat(n) + "etat]"
                                        : "\n  - etat".repeat(n));
    }

    private static Arbitrary<String> longLine() {
        return Combinators.combine(
                        Arbitraries.integers().between(10_000, 400_000),
                        Arbitraries.of("a", "*", "[", "<", "`", "_", "\\", "é", " "))
                .as((n, c) -> c.repeat(n));
    }

    private static Arbitrary<String> value() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, text(60)),
                net.jqwik.api.Tuple.of(1, nested()),
                net.jqwik.api.Tuple.of(1, hugeList()),
                net.jqwik.api.Tuple.of(1, longLine()));
    }

    private static final List<String> KEYS =
            List.of(
                    "title",
                    "summary",
                    "level",
                    "funders",
                    "categories",
                    "beneficiaries",
                    "territories",
                    "amount",
                    "amount_max",
                    "opens",
                    "closes",
                    "status",
                    "apply_url",
                    "sources",
                    "contact",
                    "updated",
                    "reviewed",
                    "tags",
                    "draft",
                    "menu",
                    "inconnu",
                    "title");

    @Provide
    Arbitrary<String> yaml() {
        Arbitrary<String> line =
                Combinators.combine(Arbitraries.of(KEYS), value(), Arbitraries.of("", "- ", "  "))
                        .as((k, v, indent) -> indent + k + ": " + v);
        return line.list().ofMaxSize(25).map(lines -> String.join("\n", lines) + "\n");
    }

    private static Arbitrary<String> markdown() {
        Arbitrary<String> block =
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, text(200)),
                        net.jqwik.api.Tuple.of(1, nested()),
                        net.jqwik.api.Tuple.of(1, longLine()),
                        net.jqwik.api.Tuple.of(
                                1,
                                Arbitraries.integers()
                                        .between(100, 20_000)
                                        .map(n -> "- élément\n".repeat(n))),
                        net.jqwik.api.Tuple.of(
                                1,
                                Arbitraries.integers()
                                        .between(10, 5_000)
                                        .map(n -> "[".repeat(n) + "x" + "](y)".repeat(n))));
        return block.list().ofMaxSize(12).map(blocks -> String.join("\n\n", blocks));
    }

    /** A valid measure with one field's value replaced, and a random Markdown body. */
    @Provide
    Arbitrary<String> nearlyValidMeasures() {
        String valid =
                "---\ntitle: Aide alpha\nsummary: Une aide.\nlevel: national\nfunders: [etat]\n"
                        + "categories: [subventions]\nterritories: [france]\namount: 1 500 €\n"
                        + "sources:\n  - title: Décret\n    url: https://www.legifrance.gouv.fr/\n"
                        + "updated: 2020-04-10\ntags: [perte]\n---\n";
        return Combinators.combine(
                        Arbitraries.of("title", "summary", "amount", "tags", "none"),
                        text(120),
                        markdown())
                .as(
                        (key, v, body) -> {
                            String quoted =
                                    HostileCorpus.q(v.replace("\ud800", "").replace("\udfff", ""));
                            String fm =
                                    key.equals("none")
                                            ? valid
                                            : key.equals("tags")
                                                    ? valid.replace("[perte]", "[" + quoted + "]")
                                                    : valid.replaceFirst(
                                                            "(?m)^" + key + ": .*$",
                                                            java.util.regex.Matcher
                                                                    .quoteReplacement(
                                                                            key + ": " + quoted));
                            return fm + body;
                        });
    }

    /** Front matter, body, then now and then bytes that are not UTF-8. */
    @Provide
    Arbitrary<byte[]> measureFiles() {
        Arbitrary<byte[]> wellFormed =
                Combinators.combine(
                                yaml(),
                                markdown(),
                                Arbitraries.of("---\n", "---\r\n", "", "\ufeff---\n", "--- \n"))
                        .as(
                                (fm, md, fence) ->
                                        (fence + fm + "---\n" + md)
                                                .getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> corrupted =
                Combinators.combine(
                                wellFormed,
                                Arbitraries.integers().between(0, 1_000_000),
                                Arbitraries.of(
                                        new byte[] {(byte) 0xff},
                                        new byte[] {(byte) 0xc3, 0x28},
                                        new byte[] {(byte) 0x80},
                                        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                                        new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80},
                                        new byte[] {(byte) 0xe9},
                                        new byte[] {0}))
                        .as(
                                (bytes, at, bad) -> {
                                    int i = bytes.length == 0 ? 0 : at % bytes.length;
                                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                                    out.write(bytes, 0, i);
                                    out.write(bad, 0, bad.length);
                                    out.write(bytes, i, bytes.length - i);
                                    return out.toByteArray();
                                });
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, wellFormed),
                net.jqwik.api.Tuple.of(2, corrupted),
                net.jqwik.api.Tuple.of(1, noise));
    }
}
