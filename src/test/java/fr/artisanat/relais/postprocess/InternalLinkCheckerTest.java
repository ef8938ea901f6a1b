package fr.artisanat.relais.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.artisanat.relais.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternalLinkCheckerTest {
    private final InternalLinkChecker checker = new InternalLinkChecker("/portail/");

    private static OutputFile page(String path, String body) {
        return new OutputFile(
                path,
                ("<!doctype html><html><body>" + body + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static final OutputFile MEASURES =
            page("mesures/index.html", "<h1 id=\"liste\">Mesures</h1>");
    private static final OutputFile PGE =
            page(
                    "mesures/pge/index.html",
                    "<h2 id=\"montant\">Montant</h2><a name=\"ancien\"></a>");
    private static final OutputFile STYLE =
            new OutputFile("assets/style.css", "body{}".getBytes(StandardCharsets.UTF_8));

    private List<BrokenLink> check(String from, String links) {
        return checker.check(List.of(page(from, links), MEASURES, PGE, STYLE));
    }

    @Test
    void acceptsLinksToExistingFilesAndAnchors() {
        assertEquals(
                List.of(),
                check(
                        "index.html",
                        "<a href=\"mesures/index.html\">a</a>"
                                + "<a href=\"mesures/pge/index.html#montant\">b</a>"
                                + "<a href=\"./mesures/pge/index.html#ancien\">c</a>"
                                + "<link rel=\"stylesheet\" href=\"assets/style.css\">"
                                + "<a href=\"/portail/mesures/index.html#liste\">d</a>"));
    }

    @Test
    void reportsLinkToMissingPage() {
        assertEquals(
                List.of(
                        new BrokenLink(
                                "mesures/autre/index.html",
                                1,
                                "../absente/index.html",
                                "page introuvable (mesures/absente/index.html n'existe pas dans le site)")),
                check("mesures/autre/index.html", "<a href=\"../absente/index.html\">x</a>"));
    }

    @Test
    void reportsMissingFragmentInTargetPage() {
        assertEquals(
                List.of(
                        new BrokenLink(
                                "index.html",
                                1,
                                "mesures/pge/index.html#conditions",
                                "ancre introuvable")),
                check("index.html", "<a href=\"mesures/pge/index.html#conditions\">x</a>"));
    }

    @Test
    void checksFragmentOnTheSamePage() {
        assertEquals(
                List.of(new BrokenLink("a-propos/index.html", 1, "#absent", "ancre introuvable")),
                check(
                        "a-propos/index.html",
                        "<h2 id=\"haut\">x</h2><a href=\"#haut\">ok</a>"
                                + "<a href=\"#absent\">ko</a>"));
    }

    @Test
    void resolvesFolderLinksToTheirIndexPage() {
        assertEquals(
                List.of(),
                check(
                        "index.html",
                        "<a href=\"mesures/\">a</a><a href=\"mesures\">b</a>"
                                + "<a href=\"mesures/pge/#montant\">c</a><a href=\"./\">d</a>"));
    }

    @Test
    void reportsLinkClimbingOutOfTheOutputFolder() {
        assertEquals(
                List.of(
                        new BrokenLink(
                                "mesures/index.html",
                                1,
                                "../../secret.html",
                                "lien qui sort du dossier du site")),
                checker.check(
                        List.of(
                                page(
                                        "mesures/index.html",
                                        "<a href=\"../../secret.html\">x</a>"))));
    }

    @Test
    void reportsRootAbsoluteLinkOutsideThePublishedPath() {
        assertEquals(
                List.of(
                        new BrokenLink(
                                "index.html",
                                1,
                                "/mesures/index.html",
                                "lien absolu hors du site publié (/portail/)")),
                check("index.html", "<a href=\"/mesures/index.html\">x</a>"));
    }

    @Test
    void ignoresExternalLinks() {
        assertEquals(
                List.of(),
                check(
                        "index.html",
                        "<a href=\"https://www.urssaf.fr/absent\">a</a>"
                                + "<a href=\"http://example.org/\">b</a>"
                                + "<a href=\"mailto:contact@cma.fr\">c</a>"
                                + "<a href=\"tel:+33806803900\">d</a>"
                                + "<img src=\"//cdn.example.org/x.png\">"));
    }

    @Test
    void checksImageSourcesAndSrcset() {
        assertEquals(
                List.of(
                        new BrokenLink(
                                "index.html",
                                1,
                                "logo-2x.png",
                                "page introuvable (logo-2x.png n'existe pas dans le site)"),
                        new BrokenLink(
                                "index.html",
                                1,
                                "logo.png",
                                "page introuvable (logo.png n'existe pas dans le site)")),
                check(
                        "index.html",
                        "<img src=\"logo.png\" srcset=\"assets/style.css 1x, logo-2x.png 2x\">"));
    }

    @Test
    void reportsEmptyLink() {
        assertEquals(
                List.of(new BrokenLink("index.html", 1, "", "lien vide")),
                check("index.html", "<a href=\"\">x</a>"));
    }

    @Test
    void listsBrokenLinksByPageThenHref() {
        List<BrokenLink> broken =
                checker.check(
                        List.of(
                                page(
                                        "b/index.html",
                                        "<a href=\"../z.html\">1</a><a href=\"../y.html\">2</a>"),
                                page("a/index.html", "<a href=\"../x.html\">3</a>")));

        assertEquals(
                List.of(
                        "a/index.html ../x.html",
                        "b/index.html ../y.html",
                        "b/index.html ../z.html"),
                broken.stream().map(b -> b.page() + " " + b.href()).toList());
    }

    @Test
    void streamingCheckWaitsForFilesAnnouncedAfterThePagesThatLinkToThem() {
        // the build makes the other files and the pages at the same time
        StreamingLinkChecker streaming = checker.streaming(java.util.Set.of("index.html"));
        streaming.accept(
                page(
                        "index.html",
                        "<a href=\"mesures.csv\">csv</a>\n<a href=\"mesures/pge/index.html#montant\">m</a>"
                                + "\n<a href=\"absent.csv\">x</a>"));
        streaming.addPath("mesures.csv");
        streaming.addPath(PGE.path());
        streaming.accept(PGE);

        assertEquals(
                List.of(
                        new BrokenLink(
                                "index.html",
                                3,
                                "absent.csv",
                                "page introuvable (absent.csv n'existe pas dans le site)")),
                streaming.finish());
    }

    @Test
    void givesTheLineOfABrokenLinkInItsPage() {
        OutputFile page =
                new OutputFile(
                        "index.html",
                        "<html>\n<body>\n<p>\n<a\n href=\"absent.html\">x</a>"
                                .getBytes(StandardCharsets.UTF_8));

        assertEquals(
                List.of(4), checker.check(List.of(page)).stream().map(BrokenLink::line).toList());
    }

    @Test
    void ignoresLinksInCommentsScriptsAndText() {
        assertEquals(
                List.of(),
                check(
                        "index.html",
                        "<!-- <a href=\"absent.html\"> -->"
                                + "<script>var a = '<a href=\"absent.html\">';</script>"
                                + "<p>href=\"absent.html\"</p>"));
    }

    @Test
    void decodesCharacterReferencesInLinks() {
        assertEquals(
                List.of(),
                check(
                        "index.html",
                        "<a href=\"mesures/index.html?a=1&amp;b=2#liste\">x</a>"
                                + "<a href='mesures/pge/index.html#m&#111;ntant'>y</a>"));
    }

    @Test
    void checksStylesheetLinksInTheHead() {
        assertEquals(
                List.of(
                        new BrokenLink(
                                "index.html",
                                1,
                                "assets/print.css",
                                "page introuvable (assets/print.css n'existe pas dans le site)")),
                check(
                        "index.html",
                        "<link rel=\"stylesheet\" href=\"assets/style.css\">"
                                + "<LINK REL=stylesheet HREF=assets/print.css>"));
    }

    @Test
    void checksFragmentsOfPublishedPagesInAPartialCheck() {
        OutputFile changed = page("index.html", "<a href=\"mesures/pge/index.html#absent\">x</a>");

        List<BrokenLink> broken =
                checker.check(
                        List.of(changed),
                        java.util.Set.of("index.html", "mesures/pge/index.html"),
                        path -> PGE.bytes());

        assertEquals(
                List.of("ancre introuvable"), broken.stream().map(BrokenLink::reason).toList());
    }

    @Test
    void resolvesParentFolderLinksAndStopsAtTheRoot() {
        assertEquals(
                List.of("../../../", "../../../index.html"),
                checker
                        .check(
                                List.of(
                                        page("index.html", ""),
                                        MEASURES,
                                        page(
                                                "mesures/pge/index.html",
                                                "<a href=\"../\">a</a><a href=\"../../\">b</a>"
                                                        + "<a href=\"../../index.html\">c</a>"
                                                        + "<a href=\"../../mesures/./pge/../index.html\">d</a>"
                                                        + "<a href=\"../../../\">e</a>"
                                                        + "<a href=\"../../../index.html\">f</a>")))
                        .stream()
                        .map(BrokenLink::href)
                        .toList());
    }

    @Test
    void resolvesRelativePathsAgainstThePageFolder() {
        assertEquals(
                "index.html",
                InternalLinkChecker.resolve("mesures/pge/index.html", "../../index.html"));
        assertEquals(
                "mesures/autre/",
                InternalLinkChecker.resolve("mesures/pge/index.html", "../autre/"));
        assertEquals(
                "mesures/pge/x.html",
                InternalLinkChecker.resolve("mesures/pge/index.html", "./x.html"));
        assertNull(InternalLinkChecker.resolve("index.html", "../x.html"));
    }
}
