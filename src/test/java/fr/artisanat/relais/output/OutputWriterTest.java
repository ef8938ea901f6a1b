package fr.artisanat.relais.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.render.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir Path dir;

    private final OutputWriter writer = new OutputWriter();

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static final List<OutputFile> BUILD =
            List.of(
                    file("index.html", "accueil"),
                    file("mesures/pge/index.html", "pge"),
                    file("assets/style.css", "body{}"));

    /** Every file and folder under {@code root}, relative, folders ending with {@code /}. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                out.put(
                        Files.isDirectory(p) ? rel + "/" : rel,
                        Files.isDirectory(p) ? "" : Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private Path write(String text, Path at) throws IOException {
        Files.createDirectories(at.getParent());
        Files.writeString(at, text, StandardCharsets.UTF_8);
        return at;
    }

    @Test
    void writesTheTreeIntoANewFolder() throws IOException {
        Path out = dir.resolve("site");

        writer.write(out, BUILD, List.of(dir.resolve("content")));

        assertEquals(
                Map.of(
                        "index.html", "accueil",
                        "mesures/", "",
                        "mesures/pge/", "",
                        "mesures/pge/index.html", "pge",
                        "assets/", "",
                        "assets/style.css", "body{}"),
                tree(out));
        assertEquals(Map.of("site/", ""), onlyFolders(tree(dir)));
    }

    @Test
    void replacesThePreviousBuildEntirely() throws IOException {
        Path out = dir.resolve("site");
        writer.write(out, BUILD, List.of());
        write("périmée", out.resolve("mesures/ancienne/index.html"));

        writer.write(out, List.of(file("index.html", "nouvel accueil")), List.of());

        assertEquals(Map.of("index.html", "nouvel accueil"), tree(out));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void acceptsAnEmptyExistingFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("site"));

        writer.write(out, BUILD, List.of());

        assertEquals("accueil", Files.readString(out.resolve("index.html")));
    }

    @Test
    void refusesANonEmptyFolderThatIsNotARelaisBuild() throws IOException {
        Path out = dir.resolve("documents");
        write("mes notes", out.resolve("notes.txt"));

        OutputWriter.RefusedOutputException e =
                assertThrows(
                        OutputWriter.RefusedOutputException.class,
                        () -> writer.write(out, BUILD, List.of()));

        assertTrue(
                e.getMessage().contains("ne ressemble pas à un site produit par Relais"),
                e.getMessage());
        assertEquals(Map.of("notes.txt", "mes notes"), tree(out));
        assertEquals(List.of("documents"), names(dir));
    }

    @Test
    void refusesAnOutputFolderThatContainsTheContent() throws IOException {
        Path content = dir.resolve("content");
        write("title: x", content.resolve("site.yml"));
        write("<h1>", dir.resolve("index.html")); // looks like a previous build

        for (Path out : List.of(dir, content)) {
            OutputWriter.RefusedOutputException e =
                    assertThrows(
                            OutputWriter.RefusedOutputException.class,
                            () -> writer.write(out, BUILD, List.of(content)));
            assertTrue(e.getMessage().contains("choisissez un autre dossier"), e.getMessage());
        }
        assertEquals("title: x", Files.readString(content.resolve("site.yml")));
        assertEquals(List.of("content", "index.html"), names(dir));
    }

    @Test
    void refusesAFileAsOutputFolder() throws IOException {
        Path out = write("texte", dir.resolve("site"));

        assertThrows(
                OutputWriter.RefusedOutputException.class,
                () -> writer.write(out, BUILD, List.of()));
        assertEquals("texte", Files.readString(out));
    }

    @Test
    void refusesTheRootOfTheDisk() {
        assertThrows(
                OutputWriter.RefusedOutputException.class,
                () -> writer.write(dir.getRoot(), BUILD, List.of()));
    }

    @Test
    void restoresThePreviousSiteLeftAsideByAKilledSwap() throws IOException {
        // A kill between the two renames: site/ is gone, .site.old holds the last good build.
        write("ancien accueil", dir.resolve(".site.old/index.html"));
        Path out = dir.resolve("site");
        List<OutputFile> escaping = List.of(file("index.html", "x"), file("../dehors.html", "x"));

        assertThrows(IOException.class, () -> writer.write(out, escaping, List.of()));

        assertEquals(Map.of("index.html", "ancien accueil"), tree(out));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void buildsNormallyAfterAKilledSwap() throws IOException {
        write("ancien accueil", dir.resolve(".site.old/index.html"));
        write("à moitié écrit", dir.resolve(".site.tmp-123/index.html"));

        writer.write(dir.resolve("site"), BUILD, List.of());

        assertEquals("accueil", Files.readString(dir.resolve("site/index.html")));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void neverWritesOutsideTheOutputFolder() throws IOException {
        Path out = dir.resolve("site");
        writer.write(out, BUILD, List.of());
        Map<String, String> before = tree(dir);

        for (String path :
                List.of("../dehors.html", "mesures/../../dehors.html", "/tmp/dehors.html", "")) {
            List<OutputFile> files = List.of(file("index.html", "nouveau"), file(path, "x"));
            assertThrows(IOException.class, () -> writer.write(out, files, List.of()), path);
        }

        assertEquals(before, tree(dir));
        assertFalse(Files.exists(Path.of("/tmp/dehors.html")));
    }

    private static OutputFile streamed(String path, String text) {
        return OutputFile.streamed(path, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesAStreamedFileAndLinksItWhenUnchanged() throws IOException {
        Path out = dir.resolve("site");
        writer.write(
                out,
                List.of(
                        file("index.html", "accueil"),
                        streamed("mesures.json", "[1, 2]"),
                        streamed("echeances.ics", "BEGIN:VCALENDAR")),
                List.of());
        Object kept = Files.readAttributes(out.resolve("mesures.json"), "unix:ino").get("ino");
        Object changed = Files.readAttributes(out.resolve("echeances.ics"), "unix:ino").get("ino");

        writer.write(
                out,
                List.of(
                        file("index.html", "accueil"),
                        streamed("mesures.json", "[1, 2]"),
                        streamed("echeances.ics", "BEGIN:VCALENDAR\r\n")),
                List.of());

        assertEquals(
                Map.of(
                        "index.html",
                        "accueil",
                        "mesures.json",
                        "[1, 2]",
                        "echeances.ics",
                        "BEGIN:VCALENDAR\r\n"),
                tree(out));
        assertEquals(
                kept,
                Files.readAttributes(out.resolve("mesures.json"), "unix:ino").get("ino"),
                "an unchanged streamed file is linked from the previous build");
        assertNotEquals(
                changed, Files.readAttributes(out.resolve("echeances.ics"), "unix:ino").get("ino"));
        assertEquals(List.of("site"), names(dir));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> onlyFolders(Map<String, String> tree) {
        Map<String, String> out = new TreeMap<>();
        tree.forEach(
                (k, v) -> {
                    if (k.endsWith("/") && k.indexOf('/') == k.length() - 1) {
                        out.put(k, v);
                    }
                });
        return out;
    }
}
