package fr.artisanat.relais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.ChildRelais;
import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths with accents whatever the system's language settings: the launcher makes them work under
 * {@code LANG=C}; run without it, Relais says precisely what is wrong. Both in a child process,
 * since Java reads the locale once, at start-up.
 */
class PathEncodingTest {
    /** No locale variable but LANG=C, as in many CI images and cron jobs. */
    private static final Map<String, String> LANG_C =
            Map.of("LANG", "C", "LC_ALL", "", "LC_CTYPE", "", "LANGUAGE", "");

    @TempDir Path dir;

    @Test
    void acceptsEverythingUnderUtf8() {
        assertEquals(
                Optional.empty(),
                PathEncoding.problem(List.of("build", "--out", "/tmp/été"), "/tmp/été", "UTF-8"));
    }

    @Test
    void namesTheArgumentThatArrivedGarbled() {
        Optional<String> problem =
                PathEncoding.problem(
                        List.of("build", "--content", "/tmp/\uFFFD\uFFFDt\uFFFD\uFFFD/content"),
                        "/tmp",
                        "ANSI_X3.4-1968");

        assertTrue(
                problem.orElseThrow()
                        .startsWith(
                                "l'argument « /tmp/\uFFFD\uFFFDt\uFFFD\uFFFD/content » contient des"
                                        + " caractères (accents…) que les réglages de langue du"
                                        + " système ne permettent pas de lire (encodage"
                                        + " ANSI_X3.4-1968"),
                problem.orElseThrow());
        assertTrue(
                problem.orElseThrow()
                        .endsWith(
                                ") : lancez Relais par ./relais, qui s'en charge, ou exportez"
                                        + " LC_ALL=C.UTF-8 avant la commande"));
    }

    @Test
    void buildsAFolderWithAccentsUnderLangCThroughTheLauncher() throws IOException {
        Path project = accentedProject();
        Path launcher = project.resolve("relais");
        Files.copy(Path.of("relais"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        // the launcher runs target/relais.jar: here a jar that only names the tests' class path
        Files.createDirectories(project.resolve("target"));
        writeLauncherJar(project.resolve("target/relais.jar"));

        TestSite.Result r =
                ChildRelais.exec(
                        project,
                        LANG_C,
                        List.of(
                                launcher.toString(),
                                "build",
                                "--as-of",
                                TestSite.AS_OF,
                                "--content",
                                project.resolve("content").toString(),
                                "--templates",
                                TestSite.TEMPLATES.toAbsolutePath().toString(),
                                "--out",
                                project.resolve("site").toString()));

        assertEquals(0, r.exitCode(), r.err());
        r.assertNoTrace();
        assertTrue(
                r.out().startsWith("Site construit dans " + project.resolve("site") + "/ :"),
                r.out());
        assertTrue(Files.exists(project.resolve("site/index.html")));
    }

    @Test
    void saysPreciselyWhatIsWrongWhenRunWithoutTheLauncher() throws IOException {
        Path project = accentedProject();

        TestSite.Result arguments =
                ChildRelais.run(
                        dir,
                        "",
                        LANG_C,
                        List.of(
                                "build",
                                "--content",
                                project.resolve("content").toString(),
                                "--out",
                                project.resolve("site").toString()));
        TestSite.Result currentFolder =
                ChildRelais.run(project, "", LANG_C, List.of("build", "--as-of", TestSite.AS_OF));

        for (TestSite.Result r : List.of(arguments, currentFolder)) {
            assertEquals(2, r.exitCode(), r.err());
            r.assertNoTrace();
            assertTrue(
                    r.err()
                            .matches(
                                    "relais : (l'argument|le dossier courant) « [^\n]* » contient"
                                            + " des caractères \\(accents…\\) que les réglages de"
                                            + " langue du système ne permettent pas de lire"
                                            + " \\(encodage [^\n]*, LANG=C\\) : lancez Relais par"
                                            + " ./relais, qui s'en charge, ou exportez"
                                            + " LC_ALL=C.UTF-8 avant la commande\n"),
                    r.err());
            assertTrue(!r.err().contains("introuvable"), r.err());
        }
        assertTrue(arguments.err().startsWith("relais : l'argument"));
        assertTrue(currentFolder.err().startsWith("relais : le dossier courant"));
        assertTrue(!Files.exists(project.resolve("site")));
    }

    private Path accentedProject() {
        Path project = dir.resolve("Portail été — Occitanie");
        TestSite.minimal(project);
        return project;
    }

    private static void writeLauncherJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        main.put(
                Attributes.Name.CLASS_PATH,
                Arrays.stream(System.getProperty("java.class.path").split(":"))
                        .map(p -> Path.of(p).toUri().toString())
                        .collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
    }
}
