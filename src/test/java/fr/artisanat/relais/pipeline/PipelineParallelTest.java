package fr.artisanat.relais.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel, streaming build: the same site whatever the number of threads, and a rebuild over
 * an existing site rewrites only the files that changed.
 */
class PipelineParallelTest {
    private static final LocalDate AS_OF = LocalDate.parse(TestSite.AS_OF);

    @TempDir Path dir;

    /** The minimal fixture with each published measure copied 12 times under other slugs. */
    private TestSite largerSite() throws IOException {
        TestSite site = TestSite.minimal(dir.resolve("src"));
        Path measures = site.root().resolve("content/measures");
        for (String slug : new String[] {"aide-alpha", "pret-beta", "gamma-a-venir"}) {
            String text = Files.readString(measures.resolve(slug + ".md"), StandardCharsets.UTF_8);
            for (int k = 2; k <= 13; k++) {
                site.write(
                        "content/measures/" + slug + "-" + k + ".md",
                        text.replaceFirst("title: (.*)", "title: $1 " + k));
            }
        }
        return site;
    }

    private BuildResult build(TestSite site, Path out, int threads) throws IOException {
        BuildOptions options =
                new BuildOptions(
                        site.root().resolve("content"),
                        TestSite.TEMPLATES,
                        out,
                        AS_OF,
                        false,
                        false);
        return new Pipeline(threads).run(options, true);
    }

    @Test
    void buildsTheSameBytesWithOneThreadOrMany() throws IOException {
        TestSite site = largerSite();
        BuildResult one = build(site, dir.resolve("one"), 1);
        BuildResult many = build(site, dir.resolve("many"), 4);
        assertTrue(one.written(), one.diagnostics().sorted().toString());
        assertTrue(many.written());
        assertEquals(one.pageCount(), many.pageCount());
        Map<String, byte[]> a = TestSite.snapshot(dir.resolve("one"));
        Map<String, byte[]> b = TestSite.snapshot(dir.resolve("many"));
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.containsKey("mesures/aide-alpha-13/index.html"));
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
    }

    @Test
    void rebuildKeepsUnchangedFilesAndRewritesChangedOnes() throws IOException {
        TestSite site = largerSite();
        Path out = dir.resolve("site");
        build(site, out, 2);
        Path untouched = out.resolve("mesures/pret-beta-5/index.html");
        Path edited = out.resolve("mesures/aide-alpha-3/index.html");
        Object untouchedKey = Files.readAttributes(untouched, "unix:ino").get("ino");
        Object editedKey = Files.readAttributes(edited, "unix:ino").get("ino");
        String before = Files.readString(edited, StandardCharsets.UTF_8);

        site.write(
                "content/measures/aide-alpha-3.md",
                Files.readString(
                                site.root().resolve("content/measures/aide-alpha-3.md"),
                                StandardCharsets.UTF_8)
                        .replace("title: Aide alpha", "title: Aide alpha révisée"));
        BuildResult again = build(site, out, 2);

        assertTrue(again.written());
        assertEquals(
                untouchedKey,
                Files.readAttributes(untouched, "unix:ino").get("ino"),
                "an unchanged page is linked from the previous build, not rewritten");
        assertNotEquals(editedKey, Files.readAttributes(edited, "unix:ino").get("ino"));
        String after = Files.readString(edited, StandardCharsets.UTF_8);
        assertNotEquals(before, after);
        assertTrue(after.contains("Aide alpha révisée"), after);
        assertEquals(0, countLeftovers(), "no staging or old folder is left behind");
    }

    private long countLeftovers() throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".")).count();
        }
    }
}
