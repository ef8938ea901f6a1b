package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files an editor (or an attacker with commit rights) could put in {@code content/}: each gives a
 * clear French diagnostic or builds normally — never a stack trace, a hang or a half-written site.
 */
class HostileInputTest {
    private static final String ALPHA = "content/measures/aide-alpha.md";

    /**
     * Only a guard against hangs and exponential blow-ups (an alias bomb expands to 10⁹ nodes): an
     * idle machine needs well under a tenth of it, and timing proper belongs in benchmarks.
     */
    private static final Duration NO_HANG = Duration.ofSeconds(120);

    /** The minimal site with its site/ built once; each test starts from a copy. */
    @TempDir static Path built;

    @TempDir Path dir;

    private TestSite site;
    private Map<String, byte[]> before;

    @BeforeAll
    static void buildTheMinimalSiteOnce() {
        TestSite.Result first = TestSite.minimal(built).build();
        assertEquals(0, first.exitCode(), first.err());
    }

    @BeforeEach
    void startFromTheBuiltMinimalSite() {
        TestSite.copyTree(built, dir);
        site = TestSite.empty(dir);
        before = TestSite.snapshot(site.out());
    }

    @Test
    void refusesYamlAliasBombWithoutExpandingIt() {
        StringBuilder yaml = new StringBuilder("---\ntitle: Aide\n");
        yaml.append(
                "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        yaml.append("---\nCorps.\n");
        site.write(ALPHA, yaml.toString());

        TestSite.Result result = assertTimeoutPreemptively(NO_HANG, () -> site.build());

        assertFailedWith(
                result,
                "content/measures/aide-alpha.md:2: erreur : YAML illisible : trop d'alias YAML"
                        + " (les ancres et alias ne sont pas acceptés) — vérifiez l'indentation,"
                        + " les deux-points et les guillemets\n");
    }

    @Test
    void reportsAMissingTemplatesFolderInFrench() {
        TestSite.Result result =
                TestSite.run(
                        List.of(
                                "build",
                                "--content",
                                site.root().resolve("content").toString(),
                                "--templates",
                                site.root().resolve("gabarits").toString(),
                                "--out",
                                site.out().toString(),
                                "--as-of",
                                TestSite.AS_OF));

        assertFailedWith(
                result,
                "gabarits: erreur : dossier des gabarits introuvable : "
                        + site.root().resolve("gabarits").toAbsolutePath().normalize()
                        + " (option --templates, par défaut le dossier templates du projet)\n");
    }

    @Test
    void reportsWindows1252FileWithFileAndLine() {
        site.writeBytes(ALPHA, alpha().getBytes(Charset.forName("windows-1252")));

        assertFailedWith(
                site.build(),
                "content/measures/aide-alpha.md:3: erreur : le fichier n'est pas encodé en UTF-8"
                        + " (caractère illisible à cette ligne) : enregistrez-le en UTF-8 depuis"
                        + " votre éditeur\n");
    }

    @Test
    void buildsFileWithUtf8ByteOrderMarkLikeWithout() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = alpha().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        site.writeBytes(ALPHA, withBom);

        TestSite.Result result = site.build();

        assertEquals(0, result.exitCode(), result.err());
        assertSameTree(before, TestSite.snapshot(site.out()));
    }

    @Test
    void buildsCrlfFilesLikeLfFiles() {
        for (String path : TestSite.snapshot(site.root().resolve("content")).keySet()) {
            String file = "content/" + path;
            site.write(file, site.read(file).replace("\n", "\r\n"));
        }

        TestSite.Result result = site.build();

        assertEquals(0, result.exitCode(), result.err());
        assertSameTree(before, TestSite.snapshot(site.out()));
    }

    @Test
    void reportsRightLinesInCrlfFile() {
        site.write(
                ALPHA,
                alpha().replace("level: national", "level: mondial")
                        .replace("(pret-beta.md#montant)", "(pret-betta.md#montant)")
                        .replace("\n", "\r\n"));

        assertFailedWith(
                site.build(),
                "content/measures/aide-alpha.md:4:8: erreur : « level » : valeur « mondial »"
                        + " inconnue. Valeurs possibles : national, regional, departmental, local\n"
                        + "content/measures/aide-alpha.md:31:12: erreur : lien vers"
                        + " « pret-betta.md#montant » : aucune mesure ni page « pret-betta »"
                        + " (content/measures/pret-betta.md n'existe pas) — vouliez-vous dire"
                        + " « pret-beta.md » ?\n");
    }

    @Test
    void reportsEmptyMarkdownFile() {
        site.write("content/measures/vide.md", "");

        assertFailedWith(
                site.build(),
                "content/measures/vide.md:1: erreur : fichier vide : une mesure commence par une"
                        + " ligne « --- », ses champs (title, summary…), une ligne « --- », puis"
                        + " le texte\n");
    }

    @Test
    void reportsEmptyFrontMatter() {
        site.write("content/measures/vide.md", "---\n---\nTexte sans champs.\n");

        assertFailedWith(
                site.build(),
                "content/measures/vide.md:1: erreur : front matter vide : ajoutez les champs"
                        + " obligatoires entre les deux lignes « --- »\n");
    }

    @Test
    void reportsFrontMatterThatNeverClosesEvenWithoutFinalNewline() {
        site.write("content/measures/ouverte.md", "---\ntitle: Aide ouverte");

        assertFailedWith(
                site.build(),
                "content/measures/ouverte.md:1: erreur : front matter non fermé : ajoutez une"
                        + " ligne « --- » après le dernier champ (le bloc s'ouvre ligne 1 et ne"
                        + " se ferme jamais)\n");
    }

    @Test
    void buildsFiveMegabyteBody() {
        String paragraph =
                "Les entreprises artisanales **touchées** par la crise peuvent demander une aide"
                        + " exceptionnelle pour couvrir leurs charges fixes et leurs loyers.\n\n";
        StringBuilder body = new StringBuilder(alpha());
        for (int i = 0; body.length() < 5 * 1024 * 1024; i++) {
            body.append(
                    i % 50 == 0
                            ? "## Partie " + i + "\n\nVoir [le prêt](pret-beta.md).\n\n"
                            : paragraph);
        }
        site.write(ALPHA, body.toString());

        TestSite.Result result = assertTimeoutPreemptively(NO_HANG, () -> site.build());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(
                site.read("site/mesures/aide-alpha/index.html").length() > 5 * 1024 * 1024,
                "the whole body is published");
    }

    @Test
    void escapesScriptInTitleInEveryOutput() {
        site.write(
                ALPHA,
                alpha().replace(
                                "title: Aide alpha pour les artisans",
                                "title: Aide <script>alert(1)</script> & \"co\""));

        TestSite.Result result = site.build();

        assertEquals(0, result.exitCode(), result.err());
        Map<String, byte[]> out = TestSite.snapshot(site.out());
        out.forEach(
                (path, bytes) -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    // A spreadsheet or a calendar shows text, never runs it: those keep the title.
                    boolean plainText = path.endsWith(".csv") || path.endsWith(".ics");
                    assertEquals(plainText, text.contains("<script>alert(1)"), path);
                });
        assertTrue(
                text(out, "mesures/aide-alpha/index.html")
                        .contains("Aide &lt;script&gt;alert(1)&lt;/script&gt; &amp;"));
        assertTrue(
                text(out, "mesures/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(text(out, "index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(
                text(out, "mesures.json")
                        .contains(
                                "Aide \\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026"));
        assertTrue(text(out, "flux.xml").contains("Aide &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(text(out, "sitemap.xml").contains("script"));
    }

    @Test
    void removesRawHtmlAttacksFromBodyButKeepsFormatting() {
        site.write(
                ALPHA,
                alpha()
                        + "\n"
                        + "Texte *important* et ~~barré~~.\n\n"
                        + "<script>alert('a')</script>\n\n"
                        + "<img src=\"x.png\" onerror=\"alert('b')\">\n\n"
                        + "<a href=\"javascript:alert('c')\">un lien piégé</a>\n\n"
                        + "<iframe src=\"https://piege.example/\"></iframe>\n\n"
                        + "<style>body { display: none }</style>\n\n"
                        + "<p onclick=\"alert('d')\">Un paragraphe <strong>gras</strong>"
                        + " et <em>penché</em>.</p>\n");

        TestSite.Result result = site.build();

        assertEquals(0, result.exitCode(), result.err());
        String page = site.read("site/mesures/aide-alpha/index.html");
        for (String attack :
                new String[] {
                    "alert('a')",
                    "onerror",
                    "javascript:",
                    "<iframe",
                    "piege.example",
                    "display: none",
                    "onclick",
                    "x.png"
                }) {
            assertFalse(page.contains(attack), attack);
        }
        assertTrue(page.contains("Texte <em>important</em> et <del>barré</del>."), page);
        assertTrue(page.contains("un lien piégé"));
        assertTrue(page.contains("<p>Un paragraphe <strong>gras</strong> et <em>penché</em>.</p>"));
    }

    @Test
    void refusesDeeplyNestedYaml() {
        String deep = "[".repeat(500) + "]".repeat(500);
        site.write(ALPHA, alpha().replace("tags: [perte, chiffre d'affaires]", "tags: " + deep));

        TestSite.Result result = assertTimeoutPreemptively(NO_HANG, () -> site.build());

        assertFailedWith(
                result,
                "content/measures/aide-alpha.md:2: erreur : YAML illisible : structure trop"
                        + " imbriquée — vérifiez l'indentation, les deux-points et les"
                        + " guillemets\n");
    }

    @Test
    void refusesSymlinkPointingOutsideContent() throws IOException {
        Path outside = dir.resolve("ailleurs/secret.md");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, alpha(), StandardCharsets.UTF_8);
        Path link = site.root().resolve("content/measures/lien.md");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not available: " + e);
        }

        assertFailedWith(
                site.build(),
                "content/measures/lien.md: erreur : lien symbolique vers l'extérieur de content/"
                        + " refusé : copiez le fichier dans content/\n");
    }

    @Test
    void refusesFolderSymlinkPointingOutsideContent() throws IOException {
        Path outside = dir.resolve("ailleurs");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.md"), site.read("content/pages/a-propos.md"));
        Path pages = site.root().resolve("content/pages");
        for (String name : new String[] {"a-propos.md", "accessibilite.md"}) {
            Files.delete(pages.resolve(name));
        }
        Files.delete(pages);
        try {
            Files.createSymbolicLink(pages, outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not available: " + e);
        }
        site.write(ALPHA, alpha().replace(" et [la page à propos](a-propos.md)", ""));

        assertFailedWith(
                site.build(),
                "content/pages/secret.md: erreur : lien symbolique vers l'extérieur de content/"
                        + " refusé : copiez le fichier dans content/\n");
    }

    @Test
    void refusesIdsAndReferencesThatClimbOutOfTheSite() {
        site.write(
                "content/data/categories.yml",
                site.read("content/data/categories.yml").replace("id: prets", "id: ../../prets"));
        site.write(
                ALPHA,
                alpha().replace("contact: crma-occitanie", "contact: ../crma-occitanie")
                        .replace("territories: [france]", "territories: [\"../../france\"]")
                        .replace("(a-propos.md)", "(../../../etc/passwd.md)"));
        // A file whose slug would be ".." is hidden, like an editor's backup: never published.
        site.write("content/measures/..md", alpha());

        TestSite.Result result = site.build();

        assertEquals(1, result.exitCode(), result.err());
        String d = result.diagnostics();
        assertTrue(
                d.contains("content/data/categories.yml:4:7: erreur : id invalide « ../../prets »"),
                d);
        assertTrue(d.contains("erreur : chambre « ../crma-occitanie » inconnue"), d);
        assertTrue(d.contains("erreur : territoire « ../../france » inconnu"), d);
        assertTrue(d.contains("erreur : lien vers « ../../../etc/passwd.md »"), d);
        assertFalse(result.err().contains("Exception"), result.err());
        assertSameTree(before, TestSite.snapshot(site.out()));
    }

    @Test
    void refusesMarkdownNestedDeeperThanRenderingCanGoAtItsLine() {
        int line = (int) alpha().lines().count() + 2;
        for (String deep :
                new String[] {
                    "- ".repeat(3000) + "x",
                    "> ".repeat(3000) + "x",
                    "1. ".repeat(3000) + "x",
                    "*a ".repeat(3000) + "x" + " b*".repeat(3000),
                }) {
            site.write(ALPHA, alpha().stripTrailing() + "\n\n" + deep + "\n");

            TestSite.Result result = assertTimeoutPreemptively(NO_HANG, () -> site.build());

            assertEquals(1, result.exitCode(), result.err());
            assertFalse(result.err().contains("Exception") || result.err().contains("Error"));
            assertTrue(
                    result.diagnostics()
                            .matches(
                                    "content/measures/aide-alpha\\.md:"
                                            + line
                                            + ":\\d+: erreur : texte trop imbriqué : plus de 100"
                                            + " niveaux de listes, citations ou mises en forme les"
                                            + " uns dans les autres — simplifiez la mise en forme à"
                                            + " partir d'ici\n"),
                    result.diagnostics());
            assertSameTree(before, TestSite.snapshot(site.out()));
            site.write(ALPHA, alpha().substring(0, alpha().indexOf(deep)).stripTrailing() + "\n");
        }
        // Raw HTML nested as deep is one block for Markdown: cleaned and published.
        site.write(
                ALPHA, alpha() + "\n" + "<div>".repeat(3000) + "x" + "</div>".repeat(3000) + "\n");
        TestSite.Result html = assertTimeoutPreemptively(NO_HANG, () -> site.build());
        assertEquals(0, html.exitCode(), html.err());
    }

    @Test
    void refusesParagraphThatWouldTakeMinutesToParseAtItsLine() {
        String original = alpha().stripTrailing() + "\n\nUn paragraphe normal.\n\n";
        int line = (int) original.lines().count() + 1;
        for (String costly : new String[] {"<".repeat(400_000), "<a\n".repeat(60_000)}) {
            site.write(ALPHA, original + costly + "\n\nFin.\n");

            TestSite.Result result =
                    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build());

            assertFailedWith(
                    result,
                    "content/measures/aide-alpha.md:"
                            + line
                            + ":1: erreur : paragraphe trop long et chargé de « < » ou « [ » pour"
                            + " être mis en page (une page copiée d'un autre outil ?) : coupez-le"
                            + " par des lignes vides ou retirez ces caractères\n");
        }
        // As long a paragraph of ordinary text is published.
        site.write(ALPHA, original + "Les artisans, ".repeat(30_000) + "\n");
        assertEquals(0, site.build().exitCode());
    }

    private String alpha() {
        return site.read(ALPHA);
    }

    /** Exit code 1, exactly these diagnostics, no stack trace, and site/ as it was. */
    private void assertFailedWith(TestSite.Result result, String diagnostics) {
        assertEquals(1, result.exitCode(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
        assertEquals(diagnostics, result.diagnostics(), result.err());
        assertTrue(result.err().contains("n'a pas été modifié"), result.err());
        assertSameTree(before, TestSite.snapshot(site.out()));
    }

    private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }
}
