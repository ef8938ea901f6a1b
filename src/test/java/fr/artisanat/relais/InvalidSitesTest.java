package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken site per kind of editor mistake (Zola's {@code test_sites_invalid}). Each case in
 * {@code sites/invalid/<case>/} overlays files on the minimal site ({@code overlay/}), may list
 * files to remove ({@code delete.txt}), and pins the exact French report ({@code
 * expected-diagnostics.txt}). Every case also checks that the previous {@code site/} is intact.
 */
class InvalidSitesTest {
    /** The minimal site with its site/ built once; each case starts from a copy. */
    @TempDir static Path built;

    @TempDir Path dir;

    @BeforeAll
    static void buildTheMinimalSiteOnce() {
        TestSite.Result result = TestSite.minimal(built).build();
        assertEquals(0, result.exitCode(), "the minimal site must build first\n" + result.err());
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(TestSite.FIXTURES.resolve("invalid"))) {
            return list
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheMistakeWithFileAndLineAndKeepsTheSite(String name) throws IOException {
        Path caseDir = TestSite.FIXTURES.resolve("invalid").resolve(name);
        TestSite.copyTree(built, dir);
        TestSite site = TestSite.empty(dir);
        Map<String, byte[]> before = TestSite.snapshot(site.out());

        if (Files.isDirectory(caseDir.resolve("overlay"))) {
            TestSite.copyTree(caseDir.resolve("overlay"), dir);
        }
        Path deletions = caseDir.resolve("delete.txt");
        if (Files.exists(deletions)) {
            for (String line : Files.readAllLines(deletions, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    site.delete(line.strip());
                }
            }
        }
        List<String> args =
                Files.exists(caseDir.resolve("args.txt"))
                        ? List.of(
                                Files.readString(caseDir.resolve("args.txt")).strip().split("\\s+"))
                        : List.of();
        TestSite.Result result = site.build(args.toArray(String[]::new));

        assertEquals(1, result.exitCode(), result.err());
        assertTrue(!result.err().contains("Exception"), result.err());
        GoldenFiles.assertTextMatches(
                caseDir.resolve("expected-diagnostics.txt"), result.diagnostics());
        assertTrue(
                result.err().contains("\n" + summaryOf(result.diagnostics()) + "\n"),
                "all problems reported and counted in one run:\n" + result.err());
        Map<String, byte[]> after = TestSite.snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    /** The closing count line the report must have for these diagnostic lines. */
    private static String summaryOf(String diagnostics) {
        List<String> lines = diagnostics.lines().toList();
        long errors = lines.stream().filter(l -> l.contains(": erreur : ")).count();
        long warnings = lines.size() - errors;
        long files = lines.stream().map(l -> l.substring(0, l.indexOf(':'))).distinct().count();
        return errors
                + (errors > 1 ? " erreurs, " : " erreur, ")
                + warnings
                + (warnings > 1 ? " avertissements" : " avertissement")
                + " dans "
                + files
                + (files > 1 ? " fichiers" : " fichier");
    }
}
