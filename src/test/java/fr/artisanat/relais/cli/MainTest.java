package fr.artisanat.relais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, version, usage mistakes and their exit codes. */
class MainTest {
    @TempDir Path dir;

    @Test
    void printsHelpInFrench() {
        TestSite.Result r = TestSite.run(List.of("--help"));
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("relais build"), r.out());
        assertTrue(r.out().contains("Codes de sortie"), r.out());
    }

    @Test
    void printsCommandHelp() {
        TestSite.Result r = TestSite.run(List.of("build", "--help"));
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("--as-of"), r.out());
    }

    @Test
    void printsVersion() {
        TestSite.Result r = TestSite.run(List.of("--version"));
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("relais "), r.out());
    }

    @Test
    void refusesUnknownCommandWithExitCode2() {
        TestSite.Result r = TestSite.run(List.of("publier"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("commande inconnue : publier"), r.err());
    }

    @Test
    void refusesUnknownOptionWithExitCode2() {
        TestSite.Result r = TestSite.run(List.of("build", "--brouillons"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("option inconnue : --brouillons"), r.err());
    }

    @Test
    void refusesInvalidAsOfDateWithExitCode2() {
        TestSite.Result r = TestSite.minimal(dir).build("--as-of", "15/04/2020");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--as-of : date invalide « 15/04/2020 »"), r.err());
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() {
        TestSite site = TestSite.minimal(dir);
        site.write("site/notes.txt", "mes notes");
        TestSite.Result r = site.build();
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("n'a pas été produit par Relais"), r.err());
        assertEquals("mes notes", site.read("site/notes.txt"));
    }

    @Test
    void reportsMissingContentFolderAsContentError() {
        TestSite.Result r =
                TestSite.run(
                        List.of(
                                "build",
                                "--content",
                                dir.resolve("nulle-part").toString(),
                                "--out",
                                dir.resolve("site").toString()));
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("dossier de contenu introuvable"), r.err());
    }
}
