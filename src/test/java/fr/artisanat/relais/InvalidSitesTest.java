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
    @TempDir Path dir;

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
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build().exitCode(), "the minimal site must build first");
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
        Map<String, byte[]> after = TestSite.snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }
}
