package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output folders a careless user or a hostile CI configuration could give: each is refused or fails
 * with one French line and exit code 2, never a stack trace, and no file outside the output folder
 * (nor inside it, when refused) changes.
 */
class HostileOutputTest {
    /**
     * The minimal site with its templates and its site/ built once; each test starts from a copy.
     */
    @TempDir static Path built;

    @TempDir Path dir;

    @BeforeAll
    static void buildTheMinimalSiteOnce() {
        TestSite.minimal(built);
        TestSite.copyTree(TestSite.TEMPLATES, built.resolve("templates"));
        TestSite.Result first = build(built, "--out", built.resolve("site").toString());
        assertEquals(0, first.exitCode(), first.err());
    }

    @BeforeEach
    void startFromTheBuiltSite() {
        TestSite.copyTree(built, dir);
    }

    /** {@code relais build} of {@code root}'s content and templates, with these options. */
    private static TestSite.Result build(Path root, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--as-of", TestSite.AS_OF));
        args.addAll(sources(root));
        args.addAll(Arrays.asList(options));
        return TestSite.run(args);
    }

    private static List<String> sources(Path root) {
        return List.of(
                "--content",
                root.resolve("content").toString(),
                "--templates",
                root.resolve("templates").toString());
    }

    @Test
    void leavesAWebServersFolderWithAnIndexIntact() throws IOException {
        Path www = dir.resolve("public_html");
        write(www.resolve("index.html"), "<h1>Le site de l'atelier</h1>");
        write(www.resolve("photos/vitrine.jpg"), "JPEG");
        write(www.resolve(".htaccess"), "Options -Indexes");
        Map<String, String> before = TestSite.tree(dir);

        TestSite.Result r = build(dir, "--out", www.toString());

        assertRefused(
                r,
                "relais : le dossier « "
                        + www
                        + " » n'est pas vide et n'a pas été produit par Relais (pas de build.json"
                        + " de Relais) : rien n'a été touché — Relais ne remplace qu'un dossier"
                        + " vide ou un site qu'il a construit ; choisissez un nouveau dossier"
                        + " (--out) ou videz celui-ci\n");
        assertEquals(before, TestSite.tree(dir));
    }

    @Test
    void replacesItsOwnPreviousBuild() {
        TestSite.Result r = build(dir, "--out", dir.resolve("site").toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("content", "site", "templates"), names(dir));
    }

    @Test
    void refusesAFileTheRootOfTheDiskAndTheHomeFolderInOneLine() throws IOException {
        Path file = write(dir.resolve("notes.txt"), "mes notes");
        Path home = Path.of(System.getProperty("user.home"));
        Map<String, String> before = TestSite.tree(dir);

        assertRefused(
                build(dir, "--out", file.toString()),
                "relais : « "
                        + file
                        + " » existe et n'est pas un dossier : choisissez un autre --out\n");
        assertRefused(
                build(dir, "--out", "/"),
                "relais : --out « / » est la racine du disque : choisissez un dossier à part, par"
                        + " exemple --out site\n");
        assertRefused(
                build(dir, "--out", home.toString()),
                "relais : --out « "
                        + home
                        + " » est votre dossier personnel : rien n'a été touché — choisissez un"
                        + " dossier à part, par exemple --out site\n");
        assertEquals(before, TestSite.tree(dir));
        assertEquals(List.of(), leftovers(home.getParent() == null ? home : home.getParent()));
    }

    @ParameterizedTest(name = "--out {0}")
    @ValueSource(
            strings = {
                "content",
                "content/x",
                "templates/assets/x",
                "templates",
                ".",
                "src/main/x",
                ".git/x"
            })
    void refusesOutputsInOrAroundTheSourcesForBuildServeAndCheck(String out) throws IOException {
        Files.createDirectories(dir.resolve("src/main/java"));
        Files.createDirectories(dir.resolve(".git"));
        Map<String, String> before = TestSite.tree(dir);
        String target = dir.resolve(out).toString();

        Map<List<String>, String> commands =
                Map.of(
                        List.of("build", "--as-of", TestSite.AS_OF, "--out", target),
                        "--out site",
                        List.of("serve", "--port", "0", "--out", target),
                        "--out .relais-apercu",
                        List.of(
                                "check",
                                "--offline",
                                "--format",
                                "json",
                                "--output",
                                out.equals(".") ? target : target + "/rapport.json"),
                        "--output relais-liens.json");
        for (Map.Entry<List<String>, String> command : commands.entrySet()) {
            List<String> args = new ArrayList<>(command.getKey());
            args.addAll(sources(dir));

            TestSite.Result r =
                    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> TestSite.run(args));

            assertEquals(2, r.exitCode(), command + "\n" + r.err());
            r.assertNoTrace();
            String option = command.getValue().substring(0, command.getValue().indexOf(' '));
            assertTrue(
                    r.err()
                            .matches(
                                    "relais : "
                                            + option
                                            + " « [^\n]* » (est|contient|est dans) « [^\n]*"
                                            + " choisissez un dossier à part, par exemple "
                                            + Pattern.quote(command.getValue())
                                            + "\n"),
                    command + "\n" + r.err());
            assertEquals(before, TestSite.tree(dir), command.toString());
        }
    }

    @Test
    void refusesASymbolicLinkAsOutputAndNamesWhereItLeads() throws IOException {
        Path link = dir.resolve("publie");
        Files.createSymbolicLink(link, dir.resolve("site"));
        Map<String, String> before = TestSite.tree(dir);

        TestSite.Result r = build(dir, "--out", link.toString());

        assertRefused(
                r,
                "relais : --out « "
                        + link
                        + " » est un lien symbolique vers « "
                        + dir.resolve("site")
                        + " » : Relais ne suit pas les liens pour écrire — indiquez directement le"
                        + " dossier visé (--out "
                        + dir.resolve("site")
                        + ")\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(before, TestSite.tree(dir));
    }

    @Test
    void refusesAMountPoint() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "Linux /proc needed");

        TestSite.Result r = build(dir, "--out", proc.toString());

        assertEquals(2, r.exitCode(), r.err());
        r.assertNoTrace();
        assertTrue(
                r.err().startsWith("relais : « /proc » est un point de montage (un autre disque"),
                r.err());
        assertEquals(List.of(), leftovers(Path.of("/")));
    }

    /**
     * A folder nobody may write into. Root ignores permissions, so as root the folder is made
     * immutable ({@code chattr +i}), which binds root too; where neither works the test is skipped.
     */
    @Test
    void reportsAReadOnlyFolderInOneFrenchLine() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("verrouille"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            assumeTrue(
                    ChildRelais.exec(dir, Map.of(), List.of("chattr", "+i", locked.toString()))
                                    .exitCode()
                            == 0,
                    "chattr +i not available here");
        } else {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            Map<String, String> before = TestSite.tree(dir);

            TestSite.Result r = build(dir, "--out", locked.resolve("site").toString());

            assertEquals(2, r.exitCode(), r.err());
            r.assertNoTrace();
            assertTrue(
                    r.err()
                            .matches(
                                    "relais : écriture du site dans « [^\n]*verrouille/site »"
                                            + " impossible : (permission refusée|opération non"
                                            + " permise) \\([^\n]*\\) : choisissez un dossier où"
                                            + " vous pouvez écrire — [^\n]*verrouille/site/ n'a pas"
                                            + " été modifié\n"),
                    r.err());
            assertEquals(before, TestSite.tree(dir));
        } finally {
            if (root) {
                ChildRelais.exec(dir, Map.of(), List.of("chattr", "-i", locked.toString()));
            } else {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /**
     * A disk that fills up during the build. Mounting a small file system needs privileges tests do
     * not have, so the child process gets a file size limit ({@code ulimit -f}): its writes fail
     * half-way through the site exactly as on a full disk ({@code EFBIG} instead of {@code ENOSPC},
     * the same path through the code).
     */
    @Test
    void aDiskThatFillsUpLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        Path siteYml = dir.resolve("content/site.yml");
        // every page changes, so every page is written rather than linked from the previous build
        write(
                siteYml,
                Files.readString(siteYml).replaceFirst("(?m)^title: .*$", "title: Autre titre"));
        Map<String, String> before = TestSite.tree(dir);
        List<String> args = new ArrayList<>(List.of("build", "--as-of", TestSite.AS_OF));
        args.addAll(sources(dir));
        args.addAll(List.of("--out", dir.resolve("site").toString()));

        TestSite.Result r = ChildRelais.run(dir, "ulimit -f 8", Map.of(), args);

        assertEquals(2, r.exitCode(), r.err());
        r.assertNoTrace();
        assertEquals(
                "relais : écriture du site dans « "
                        + dir.resolve("site")
                        + " » impossible : fichier trop grand pour ce disque ou pour la limite de"
                        + " taille des fichiers (ulimit -f) — "
                        + dir.resolve("site")
                        + "/ n'a pas été modifié\n",
                r.err());
        assertEquals(before, TestSite.tree(dir));
    }

    @Test
    void publishesASiteThatAWebServerRunningAsAnotherUserCanRead() throws IOException {
        for (String[] umask :
                new String[][] {
                    {"022", "rwxr-xr-x", "rw-r--r--"}, {"027", "rwxr-x---", "rw-r-----"}
                }) {
            Path out = dir.resolve("site-" + umask[0]);
            List<String> args = new ArrayList<>(List.of("build", "--as-of", TestSite.AS_OF));
            args.addAll(sources(dir));
            args.addAll(List.of("--out", out.toString()));

            TestSite.Result r = ChildRelais.run(dir, "umask " + umask[0], Map.of(), args);

            assertEquals(0, r.exitCode(), r.err());
            for (Path p : List.of(out, out.resolve("mesures"), out.resolve("assets"))) {
                assertEquals(umask[1], permissions(p), umask[0] + " " + p);
            }
            for (Path p : List.of(out.resolve("index.html"), out.resolve("build.json"))) {
                assertEquals(umask[2], permissions(p), umask[0] + " " + p);
            }
        }
    }

    private static void assertRefused(TestSite.Result r, String err) {
        assertEquals(2, r.exitCode(), r.err());
        r.assertNoTrace();
        assertEquals(err, r.err());
        assertEquals("", r.out());
    }

    /** Staging folders left beside {@code folder}'s entries. */
    private static List<String> leftovers(Path folder) {
        return names(folder).stream().filter(n -> n.matches("\\..*\\.(tmp-[0-9]+|old)")).toList();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
