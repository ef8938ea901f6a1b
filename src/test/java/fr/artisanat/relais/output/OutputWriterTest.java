package fr.artisanat.relais.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.artisanat.relais.render.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir Path dir;

    private final OutputWriter writer = new OutputWriter();

    private OutputLocation location() {
        return new OutputLocation(dir.resolve("content"), dir.resolve("templates"));
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** What every Relais build carries, and how the next build knows it may replace the folder. */
    private static final String MANIFEST =
            "{\n  \"generator\": \"Relais\",\n  \"measures\": 1\n}\n";

    private static final List<OutputFile> BUILD =
            List.of(
                    file("build.json", MANIFEST),
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

        writer.write(out, BUILD, location());

        assertEquals(
                Map.of(
                        "build.json", MANIFEST,
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
        writer.write(out, BUILD, location());
        write("périmée", out.resolve("mesures/ancienne/index.html"));

        writer.write(
                out,
                List.of(file("build.json", MANIFEST), file("index.html", "nouvel accueil")),
                location());

        assertEquals(Map.of("build.json", MANIFEST, "index.html", "nouvel accueil"), tree(out));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void acceptsAnEmptyExistingFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("site"));

        writer.write(out, BUILD, location());

        assertEquals("accueil", Files.readString(out.resolve("index.html")));
    }

    @Test
    void refusesANonEmptyFolderThatIsNotARelaisBuild() throws IOException {
        Path out = dir.resolve("documents");
        write("mes notes", out.resolve("notes.txt"));

        OutputWriter.RefusedOutputException e =
                assertThrows(
                        OutputWriter.RefusedOutputException.class,
                        () -> writer.write(out, BUILD, location()));

        assertTrue(e.getMessage().contains("n'a pas été produit par Relais"), e.getMessage());
        assertEquals(Map.of("notes.txt", "mes notes"), tree(out));
        assertEquals(List.of("documents"), names(dir));
    }

    @Test
    void refusesAWebServersFolderEvenWithAnIndexHtml() throws IOException {
        // ~/public_html, /var/www/html: an index.html is no sign of a Relais build
        Path out = dir.resolve("public_html");
        write("<h1>Mon site</h1>", out.resolve("index.html"));
        write("{\"name\": \"autre outil\"}", out.resolve("build.json"));
        write("photo", out.resolve("images/photo.jpg"));
        Map<String, String> before = tree(dir);

        OutputWriter.RefusedOutputException e =
                assertThrows(
                        OutputWriter.RefusedOutputException.class,
                        () -> writer.write(out, BUILD, location()));

        assertTrue(e.getMessage().contains("rien n'a été touché"), e.getMessage());
        assertEquals(before, tree(dir));
    }

    @Test
    void replacesABuildOfAnEarlierRelaisWhoseManifestHasNoGeneratorYet() throws IOException {
        Path out = dir.resolve("site");
        write(
                "{\n  \"build_date\": \"2020-04-15\",\n  \"measures\": 3\n}\n",
                out.resolve("build.json"));
        write("ancien", out.resolve("index.html"));

        writer.write(out, BUILD, location());

        assertEquals("accueil", Files.readString(out.resolve("index.html")));
    }

    @Test
    void refusesAnOutputFolderThatContainsTheContent() throws IOException {
        Path content = dir.resolve("content");
        write("title: x", content.resolve("site.yml"));
        write(MANIFEST, dir.resolve("build.json")); // looks like a previous build

        for (Path out : List.of(dir, content, dir.getParent())) {
            OutputWriter.RefusedOutputException e =
                    assertThrows(
                            OutputWriter.RefusedOutputException.class,
                            () -> writer.write(out, BUILD, location()));
            assertTrue(e.getMessage().contains("le contenu"), e.getMessage());
        }
        assertEquals("title: x", Files.readString(content.resolve("site.yml")));
        assertEquals(List.of("build.json", "content"), names(dir));
    }

    @Test
    void refusesAnOutputFolderInsideTheContentTheTemplatesOrTheSources() throws IOException {
        for (String folder : List.of("content", "templates", "src", ".git")) {
            Files.createDirectories(dir.resolve(folder));
        }
        Map<String, String> before = tree(dir);

        for (String out :
                List.of("content/x", "templates/assets/x", "src/main/x", ".git/x", "templates")) {
            OutputWriter.RefusedOutputException e =
                    assertThrows(
                            OutputWriter.RefusedOutputException.class,
                            () -> writer.write(dir.resolve(out), BUILD, location()),
                            out);
            assertTrue(e.getMessage().contains("choisissez un dossier à part"), e.getMessage());
        }
        assertEquals(before, tree(dir));
    }

    @Test
    void comparesRealPathsSoALinkDoesNotGetRoundTheRule() throws IOException {
        Files.createDirectories(dir.resolve("templates/assets"));
        Path link = dir.resolve("raccourci");
        Files.createSymbolicLink(link, dir.resolve("templates"));

        OutputWriter.RefusedOutputException e =
                assertThrows(
                        OutputWriter.RefusedOutputException.class,
                        () -> writer.write(link.resolve("assets/x"), BUILD, location()));

        assertTrue(e.getMessage().contains("(les gabarits)"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("templates/assets/x")));
    }

    @Test
    void refusesASymbolicLinkAsTheOutputAndNamesItsTarget() throws IOException {
        Path real = dir.resolve("vrai-site");
        writer.write(real, BUILD, location());
        Path link = dir.resolve("site");
        Files.createSymbolicLink(link, real);
        Map<String, String> before = tree(dir);

        OutputWriter.RefusedOutputException e =
                assertThrows(
                        OutputWriter.RefusedOutputException.class,
                        () -> writer.write(link, BUILD, location()));

        assertEquals(
                "--out « "
                        + link
                        + " » est un lien symbolique vers « "
                        + real
                        + " » : Relais ne suit pas les liens pour écrire — indiquez directement le"
                        + " dossier visé (--out "
                        + real
                        + ")",
                e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(before, tree(dir));
    }

    @Test
    void refusesTheHomeFolderAndItsParents() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home/anne"));
        write("mes notes", home.resolve("notes.txt"));
        write(MANIFEST, home.resolve("build.json"));
        OutputLocation location =
                new OutputLocation(dir.resolve("content"), dir.resolve("templates"), home);

        for (Path out : List.of(home, home.getParent())) {
            OutputWriter.RefusedOutputException e =
                    assertThrows(
                            OutputWriter.RefusedOutputException.class,
                            () -> writer.write(out, BUILD, location));
            assertTrue(e.getMessage().contains("votre dossier personnel"), e.getMessage());
        }
        assertEquals("mes notes", Files.readString(home.resolve("notes.txt")));
    }

    @Test
    void refusesAMountPointWhichCannotBeRenamed() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "Linux /proc needed");

        OutputWriter.RefusedOutputException e =
                assertThrows(
                        OutputWriter.RefusedOutputException.class,
                        () -> writer.write(proc, BUILD, location()));

        assertTrue(e.getMessage().contains("est un point de montage"), e.getMessage());
    }

    @Test
    void leavesAStrayOldFolderThatRelaisDidNotWriteAlone() throws IOException {
        writer.write(dir.resolve("site"), BUILD, location());
        write("sauvegarde", dir.resolve(".site.old/important.txt"));
        Map<String, String> before = tree(dir);

        OutputWriter.RefusedOutputException e =
                assertThrows(
                        OutputWriter.RefusedOutputException.class,
                        () -> writer.write(dir.resolve("site"), BUILD, location()));

        assertTrue(e.getMessage().contains("renommez-le ou déplacez-le"), e.getMessage());
        assertEquals(before, tree(dir));
    }

    @Test
    void publishesFoldersAndFilesWithTheUmasksPermissionsNotOnlyForTheOwner() throws IOException {
        Path out = dir.resolve("site");
        // what this process's umask gives any new folder and file
        Path folder = Files.createDirectory(dir.resolve("témoin"));
        Path plain = Files.writeString(dir.resolve("témoin.txt"), "x");

        writer.write(out, BUILD, location());

        assertEquals(permissions(folder), permissions(out));
        assertEquals(permissions(folder), permissions(out.resolve("mesures/pge")));
        assertEquals(permissions(plain), permissions(out.resolve("index.html")));
    }

    @Test
    void deletesTheWholeStagingFolderWhenAWriteFailsWhileOthersAreWriting() throws Exception {
        Path out = dir.resolve("site");
        writer.write(out, BUILD, location());
        Map<String, String> before = tree(dir);
        StagingFolder staging = writer.open(out, location());
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // A page still being written on another thread when the build stops (a full disk).
        Thread other =
                new Thread(
                        () -> {
                            try {
                                staging.add(
                                        OutputFile.streamed(
                                                "mesures/lente/index.html",
                                                o -> {
                                                    writing.countDown();
                                                    o.write(new byte[1000]);
                                                    await(closed, 300);
                                                    o.write(new byte[1000]);
                                                }));
                            } catch (IOException expected) {
                                // refused or written: either way, then deleted
                            }
                        });
        other.start();
        writing.await();
        Thread closer =
                new Thread(
                        () -> {
                            try {
                                staging.close();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
        closer.start();
        closed.countDown();
        closer.join(10_000);
        other.join(10_000);

        assertThrows(IOException.class, () -> staging.add(file("mesures/tardive/index.html", "x")));
        assertEquals(before, tree(dir));
    }

    private static void await(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void refusesAFileAsOutputFolder() throws IOException {
        Path out = write("texte", dir.resolve("site"));

        assertThrows(
                OutputWriter.RefusedOutputException.class,
                () -> writer.write(out, BUILD, location()));
        assertEquals("texte", Files.readString(out));
    }

    @Test
    void refusesTheRootOfTheDisk() {
        assertThrows(
                OutputWriter.RefusedOutputException.class,
                () -> writer.write(dir.getRoot(), BUILD, location()));
    }

    @Test
    void restoresThePreviousSiteLeftAsideByAKilledSwap() throws IOException {
        // A kill between the two renames: site/ is gone, .site.old holds the last good build.
        write(MANIFEST, dir.resolve(".site.old/build.json"));
        write("ancien accueil", dir.resolve(".site.old/index.html"));
        Path out = dir.resolve("site");
        List<OutputFile> escaping = List.of(file("index.html", "x"), file("../dehors.html", "x"));

        assertThrows(IOException.class, () -> writer.write(out, escaping, location()));

        assertEquals(Map.of("build.json", MANIFEST, "index.html", "ancien accueil"), tree(out));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void buildsNormallyAfterAKilledSwap() throws IOException {
        write(MANIFEST, dir.resolve(".site.old/build.json"));
        write("ancien accueil", dir.resolve(".site.old/index.html"));
        write("à moitié écrit", dir.resolve(".site.tmp-123/index.html"));

        writer.write(dir.resolve("site"), BUILD, location());

        assertEquals("accueil", Files.readString(dir.resolve("site/index.html")));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void neverWritesOutsideTheOutputFolder() throws IOException {
        Path out = dir.resolve("site");
        writer.write(out, BUILD, location());
        Map<String, String> before = tree(dir);

        for (String path :
                List.of("../dehors.html", "mesures/../../dehors.html", "/tmp/dehors.html", "")) {
            List<OutputFile> files = List.of(file("index.html", "nouveau"), file(path, "x"));
            assertThrows(IOException.class, () -> writer.write(out, files, location()), path);
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
                        file("build.json", MANIFEST),
                        file("index.html", "accueil"),
                        streamed("mesures.json", "[1, 2]"),
                        streamed("echeances.ics", "BEGIN:VCALENDAR")),
                location());
        Object kept = Files.readAttributes(out.resolve("mesures.json"), "unix:ino").get("ino");
        Object changed = Files.readAttributes(out.resolve("echeances.ics"), "unix:ino").get("ino");

        writer.write(
                out,
                List.of(
                        file("build.json", MANIFEST),
                        file("index.html", "accueil"),
                        streamed("mesures.json", "[1, 2]"),
                        streamed("echeances.ics", "BEGIN:VCALENDAR\r\n")),
                location());

        assertEquals(
                Map.of(
                        "build.json",
                        MANIFEST,
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
