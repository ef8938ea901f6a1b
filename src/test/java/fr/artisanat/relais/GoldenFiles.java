package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares a produced tree with its golden copy, whole file by whole file. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the golden copy, then review the diff in the commit.
 */
public final class GoldenFiles {
    private GoldenFiles() {}

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    public static void assertTreeMatches(Path expectedDir, Map<String, byte[]> actual) {
        if (updating()) {
            try {
                if (Files.exists(expectedDir)) {
                    try (var walk = Files.walk(expectedDir)) {
                        walk.sorted(java.util.Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                }
                for (var e : actual.entrySet()) {
                    Path target = expectedDir.resolve(e.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, e.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Map<String, byte[]> expected = TestSite.snapshot(expectedDir);
        TreeSet<String> all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        for (String path : all) {
            byte[] want = expected.get(path);
            byte[] got = actual.get(path);
            if (want == null) {
                fail(
                        "unexpected file in output: "
                                + path
                                + " (run with -Dgolden.update=true if intended)");
            }
            if (got == null) {
                fail("missing file in output: " + path);
            }
            if (!Arrays.equals(want, got)) {
                fail("file differs from golden copy: " + path + "\n" + firstDifference(want, got));
            }
        }
    }

    public static void assertTextMatches(Path expectedFile, String actual) {
        try {
            if (updating()) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail(
                        "differs from "
                                + expectedFile
                                + "\n"
                                + firstDifference(
                                        expected.getBytes(StandardCharsets.UTF_8),
                                        actual.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first differing line, expected then actual, with a little context. */
    static String firstDifference(byte[] want, byte[] got) {
        String[] a = new String(want, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(got, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<fin du fichier>";
            String y = i < b.length ? b[i] : "<fin du fichier>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ":\n- expected: " + x + "\n+ actual:   " + y;
            }
        }
        return "(identical text, different bytes)";
    }
}
