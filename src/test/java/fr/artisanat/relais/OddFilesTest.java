package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they seem: a named pipe or a device where a measure should be, a link in
 * the templates' static files, invisible control characters in a text. Each gives a French
 * diagnostic at its path (and line), never a hang, a stack trace or a published secret, and the
 * previous site stays as it was.
 */
class OddFilesTest {
    private static final String ALPHA = "content/measures/aide-alpha.md";

    /** Far above a normal build: only a guard against the hang a FIFO used to cause. */
    private static final Duration NO_HANG = Duration.ofSeconds(120);

    /** The minimal site with its own templates and its site/ built once. */
    @TempDir static Path built;

    @TempDir Path dir;

    private TestSite site;
    private Map<String, String> before;

    @BeforeAll
    static void buildTheMinimalSiteOnce() {
        TestSite.minimal(built);
        TestSite.copyTree(TestSite.TEMPLATES, built.resolve("templates"));
        TestSite.Result first = build(built);
        assertEquals(0, first.exitCode(), first.err());
    }

    @BeforeEach
    void startFromTheBuiltSite() {
        TestSite.copyTree(built, dir);
        site = TestSite.empty(dir);
        before = TestSite.tree(dir.resolve("site"));
    }

    private static TestSite.Result build(Path root) {
        return TestSite.run(
                List.of(
                        "build",
                        "--as-of",
                        TestSite.AS_OF,
                        "--content",
                        root.resolve("content").toString(),
                        "--templates",
                        root.resolve("templates").toString(),
                        "--out",
                        root.resolve("site").toString()));
    }

    private static void mkfifo(Path path) {
        TestSite.Result r =
                ChildRelais.exec(path.getParent(), Map.of(), List.of("mkfifo", path.toString()));
        assumeTrue(r.exitCode() == 0, "mkfifo not available: " + r.err());
    }

    @Test
    void refusesANamedPipeInsteadOfWaitingForeverForIt() {
        mkfifo(dir.resolve("content/measures/tube.md"));

        TestSite.Result r = assertTimeoutPreemptively(NO_HANG, () -> build(dir));

        assertFailedWith(
                r,
                "content/measures/tube.md: erreur : n'est pas un fichier ordinaire mais un tube"
                        + " nommé (FIFO) : Relais ne lit que des fichiers ordinaires — supprimez-le"
                        + " ou remplacez-le par un vrai fichier\n");
    }

    @Test
    void refusesANamedPipeAsADataFile() throws IOException {
        Files.delete(dir.resolve("content/data/funders.yml"));
        mkfifo(dir.resolve("content/data/funders.yml"));

        TestSite.Result r = assertTimeoutPreemptively(NO_HANG, () -> build(dir));

        assertEquals(1, r.exitCode(), r.err());
        r.assertNoTrace();
        assertTrue(
                r.diagnostics()
                        .startsWith(
                                "content/data/funders.yml: erreur : n'est pas un fichier ordinaire"
                                        + " mais un tube nommé (FIFO)"),
                r.diagnostics());
        assertEquals(before, TestSite.tree(dir.resolve("site")));
    }

    /** Making a device node needs root (CI runs as root); skipped elsewhere. */
    @Test
    void refusesACharacterDeviceInsteadOfReadingItUntilMemoryRunsOut() {
        Path zero = dir.resolve("content/measures/zero.md");
        TestSite.Result made =
                ChildRelais.exec(dir, Map.of(), List.of("mknod", zero.toString(), "c", "1", "5"));
        assumeTrue(made.exitCode() == 0, "mknod needs root: " + made.err());

        TestSite.Result r = assertTimeoutPreemptively(NO_HANG, () -> build(dir));

        assertFailedWith(
                r,
                "content/measures/zero.md: erreur : n'est pas un fichier ordinaire mais un"
                        + " périphérique (mode caractère) : Relais ne lit que des fichiers"
                        + " ordinaires — supprimez-le ou remplacez-le par un vrai fichier\n");
    }

    @Test
    void refusesALinkToADeviceOutsideTheContent() throws IOException {
        Files.createSymbolicLink(dir.resolve("content/measures/x.md"), Path.of("/dev/zero"));

        TestSite.Result r = assertTimeoutPreemptively(NO_HANG, () -> build(dir));

        assertFailedWith(
                r,
                "content/measures/x.md: erreur : lien symbolique vers l'extérieur de content/"
                        + " refusé : copiez le fichier dans content/\n");
    }

    /** A link that stays inside content/ is just another name for a content file: allowed. */
    @Test
    void buildsALinkToAnotherFileInsideTheContent() throws IOException {
        Files.delete(dir.resolve("content/pages/accessibilite.md"));
        Files.createSymbolicLink(
                dir.resolve("content/pages/accessibilite.md"), Path.of("../pages/a-propos.md"));

        TestSite.Result r = build(dir);

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(
                site.read("site/accessibilite/index.html").contains("À propos"),
                "the link's target is published under the link's name");
    }

    @Test
    void relaisNewRefusesANamedPipeInTheDataInsteadOfWaitingForIt() throws IOException {
        Files.delete(dir.resolve("content/data/categories.yml"));
        mkfifo(dir.resolve("content/data/categories.yml"));

        TestSite.Result r =
                assertTimeoutPreemptively(
                        NO_HANG,
                        () ->
                                TestSite.run(
                                        List.of(
                                                "new",
                                                "aide-nouvelle",
                                                "--content",
                                                dir.resolve("content").toString())));

        assertEquals(1, r.exitCode(), r.err());
        r.assertNoTrace();
        assertEquals(
                dir.resolve("content/data/categories.yml")
                        + ": erreur : n'est pas un fichier ordinaire mais un tube nommé (FIFO) :"
                        + " Relais ne lit que des fichiers ordinaires — supprimez-le ou"
                        + " remplacez-le par un vrai fichier\n",
                r.err());
        assertFalse(Files.exists(dir.resolve("content/measures/aide-nouvelle.md")));
    }

    @Test
    void refusesALinkInTheTemplatesAssetsInsteadOfPublishingItsTarget() throws IOException {
        Path secret =
                Files.writeString(dir.resolve("secret.txt"), "motdepasse", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("templates/assets/shadow.txt"), secret);
        Files.createSymbolicLink(dir.resolve("templates/assets/dossier"), dir.resolve("content"));

        TestSite.Result r = build(dir);

        assertFailedWith(
                r,
                "templates/assets/dossier: erreur : fichier statique refusé : c'est un lien"
                        + " symbolique (vers « "
                        + dir.resolve("content")
                        + " ») — seuls les fichiers ordinaires de templates/assets/ sont publiés ;"
                        + " copiez-y le fichier lui-même\n"
                        + "templates/assets/shadow.txt: erreur : fichier statique refusé : c'est un"
                        + " lien symbolique (vers « "
                        + secret
                        + " ») — seuls les fichiers ordinaires de templates/assets/ sont publiés ;"
                        + " copiez-y le fichier lui-même\n");
    }

    @Test
    void refusesAnAssetsFolderThatIsALinkOutOfTheTemplates() throws IOException {
        Path elsewhere = dir.resolve("ailleurs");
        TestSite.copyTree(dir.resolve("templates/assets"), elsewhere);
        deleteTree(dir.resolve("templates/assets"));
        Files.createSymbolicLink(dir.resolve("templates/assets"), elsewhere);

        TestSite.Result r = build(dir);

        assertFailedWith(
                r,
                "templates/assets: erreur : fichier statique refusé : c'est un lien symbolique"
                        + " (vers « "
                        + elsewhere
                        + " ») — seuls les fichiers ordinaires de templates/assets/ sont publiés ;"
                        + " copiez-y le fichier lui-même\n");
    }

    @Test
    void refusesANamedPipeInTheTemplatesAssets() {
        mkfifo(dir.resolve("templates/assets/tube.css"));

        TestSite.Result r = assertTimeoutPreemptively(NO_HANG, () -> build(dir));

        assertFailedWith(
                r,
                "templates/assets/tube.css: erreur : fichier statique refusé : ce n'est pas un"
                        + " fichier ordinaire (un tube, un périphérique…) — seuls les fichiers"
                        + " ordinaires de templates/assets/ sont publiés ; copiez-y le fichier"
                        + " lui-même\n");
    }

    @Test
    void refusesEscapeAndFormFeedInABodyAtTheirLineAndColumn() {
        String alpha = site.read(ALPHA);
        site.write(
                ALPHA,
                alpha.replace("Les entreprises de", "Les \u001b[31mentreprises\u001b[0m de")
                        .replace("| Salariés |", "|\fSalariés |"));

        TestSite.Result r = build(dir);

        String message =
                " refusé : il ne s'affiche pas mais passerait dans les pages et les données"
                        + " ouvertes (souvent un copier-coller depuis un autre logiciel) —"
                        + " supprimez-le, par exemple en retapant ce passage\n";
        assertFailedWith(
                r,
                "content/measures/aide-alpha.md:24:5: erreur : caractère invisible U+001B"
                        + " (échappement, ESC)"
                        + message
                        + "content/measures/aide-alpha.md:28:2: erreur : caractère invisible U+000C"
                        + " (saut de page, FF)"
                        + message);
    }

    @Test
    void refusesANulInYamlInFrenchBeforeTheYamlParserSeesIt() {
        String siteYml = site.read("content/site.yml");
        site.write(
                "content/site.yml",
                siteYml.replace("title: Portail d'essai", "title: Portail\u0000"));

        TestSite.Result r = build(dir);

        assertFailedWith(
                r,
                "content/site.yml:1:15: erreur : caractère invisible U+0000 (caractère nul, NUL)"
                        + " refusé : il ne s'affiche pas mais passerait dans les pages et les"
                        + " données ouvertes (souvent un copier-coller depuis un autre logiciel) —"
                        + " supprimez-le, par exemple en retapant ce passage\n");
        assertFalse(r.err().contains("special characters"), r.err());
    }

    @Test
    void reportsTheFilesOtherMistakesTooAndCountsLinesBeyondTen() {
        StringBuilder body =
                new StringBuilder(site.read(ALPHA).replace("level: national", "level: mondial"));
        for (int i = 0; i < 12; i++) {
            body.append("\nLigne \u0007 ").append(i).append('\n');
        }
        site.write(ALPHA, body.toString());

        TestSite.Result r = build(dir);

        assertEquals(1, r.exitCode(), r.err());
        r.assertNoTrace();
        List<String> lines = new ArrayList<>(r.diagnostics().lines().toList());
        assertTrue(lines.get(0).contains("« level » : valeur « mondial » inconnue"), lines.get(0));
        assertEquals(10, lines.stream().filter(l -> l.contains("U+0007 (sonnerie, BEL)")).count());
        assertTrue(
                lines.contains(
                        "content/measures/aide-alpha.md:54:7: erreur : encore des caractères"
                                + " invisibles de ce genre à partir d'ici, sur 2 lignes de plus :"
                                + " supprimez-les aussi"),
                r.diagnostics());
    }

    private void assertFailedWith(TestSite.Result r, String diagnostics) {
        assertEquals(1, r.exitCode(), r.err());
        r.assertNoTrace();
        assertEquals(diagnostics, r.diagnostics(), r.err());
        assertTrue(r.err().contains("n'a pas été modifié"), r.err());
        assertEquals(before, TestSite.tree(dir.resolve("site")));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
