package fr.artisanat.relais.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.artisanat.relais.model.Body;
import fr.artisanat.relais.model.BodyLink;
import fr.artisanat.relais.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown in, exact HTML out (as commonmark's {@code RenderingTestCase}). Bodies without raw HTML
 * are written by commonmark alone ({@link AccessibleHtml}); the renderer's pass-through sanitizer
 * only sees bodies with raw HTML.
 */
class MarkdownRendererTest {
    private static final String FILE = "content/measures/aide.md";

    private final MarkdownRenderer renderer = new MarkdownRenderer(UnaryOperator.identity());

    /**
     * Rewrites {@code x.md#f} as the validator does for a measure page, keeps web, mail and phone
     * links, and drops {@code absent.md} and images.
     */
    private static final LinkResolver RESOLVER =
            (destination, image, at) -> {
                if (image || destination.startsWith("absent.md")) {
                    return null;
                }
                int md = destination.indexOf(".md");
                if (md < 0) {
                    return destination;
                }
                return "../"
                        + destination.substring(0, md)
                        + "/index.html"
                        + destination.substring(md + 3);
            };

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "emphasis",
                        "Un *mot* et **deux mots**.",
                        "<p>Un <em>mot</em> et <strong>deux mots</strong>.</p>\n"),
                Arguments.of(
                        "GFM table with alignment",
                        "| Condition | Seuil |\n|---|--:|\n| Salariés | 10 |\n",
                        AccessibleHtml.TABLE_REGION
                                + "\n<table>\n<thead>\n<tr>\n<th>Condition</th>\n<th align=\"right\">Seuil</th>\n"
                                + "</tr>\n</thead>\n<tbody>\n<tr>\n<td>Salariés</td>\n"
                                + "<td align=\"right\">10</td>\n</tr>\n</tbody>\n</table>\n</div>\n"),
                Arguments.of(
                        "strikethrough",
                        "~~sans frais~~ à taux zéro",
                        "<p><del>sans frais</del> à taux zéro</p>\n"),
                Arguments.of(
                        "bare URL autolink",
                        "Voir https://www.urssaf.fr/ ici.",
                        "<p>Voir <a href=\"https://www.urssaf.fr/\" class=\"ext\">https://www.urssaf.fr/<span class=\"sr-only\"> (site externe)</span></a> ici.</p>\n"),
                Arguments.of(
                        "angle-bracket autolink",
                        "<https://www.economie.gouv.fr/>",
                        "<p><a href=\"https://www.economie.gouv.fr/\" class=\"ext\">https://www.economie.gouv.fr/<span class=\"sr-only\"> (site externe)</span></a></p>\n"),
                Arguments.of(
                        "heading anchor ids",
                        "## Pour qui ?\n\n## Éligibilité\n\n## Montant\n\n## Montant\n",
                        "<h2 id=\"pour-qui-\">Pour qui ?</h2>\n<h2 id=\"éligibilité\">Éligibilité</h2>\n"
                                + "<h2 id=\"montant\">Montant</h2>\n<h2 id=\"montant-1\">Montant</h2>\n"),
                Arguments.of(
                        "cross-reference with fragment",
                        "Voir [le PGE](pret-garanti-etat.md#montant).",
                        "<p>Voir <a href=\"../pret-garanti-etat/index.html#montant\">le PGE</a>.</p>\n"),
                Arguments.of(
                        "cross-reference without fragment",
                        "[le PGE](pret-garanti-etat.md)",
                        "<p><a href=\"../pret-garanti-etat/index.html\">le PGE</a></p>\n"),
                Arguments.of(
                        "tel and mailto links",
                        "[Appeler](tel:+33806803900) ou [écrire](mailto:contact@cma.fr)",
                        "<p><a href=\"tel:+33806803900\">Appeler</a> ou"
                                + " <a href=\"mailto:contact@cma.fr\">écrire</a></p>\n"),
                Arguments.of(
                        "refused link keeps its text",
                        "Voir [la mesure *absente*](absent.md) ici.",
                        "<p>Voir la mesure <em>absente</em> ici.</p>\n"),
                Arguments.of(
                        "French no-break spaces in text, not in code, addresses nor headings",
                        "## Pour qui ?\n\nJusqu'à 1 500 € : `1 500 €` sur https://a.fr/?x=1 !",
                        "<h2 id=\"pour-qui-\">Pour qui ?</h2>\n<p>Jusqu'à 1\u202F500\u202F€\u202F:"
                                + " <code>1 500 €</code> sur <a href=\"https://a.fr/?x=1\" class=\"ext\">"
                                + "https://a.fr/?x=1<span class=\"sr-only\"> (site externe)</span></a>"
                                + "\u202F!</p>\n"),
                Arguments.of(
                        "refused image keeps its description",
                        "Logo : ![logo de la Région](logo.png)",
                        "<p>Logo\u202F: logo de la Région</p>\n"),
                Arguments.of(
                        "javascript URL blanked even if a resolver let it through",
                        "[clic](javascript:alert(1))",
                        "<p><a href=\"\">clic</a></p>\n"),
                Arguments.of(
                        "data URL blanked",
                        "[clic](data:text/html;base64,PHNjcmlwdD4=)",
                        "<p><a href=\"\">clic</a></p>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersMarkdownToExactHtml(String name, String markdown, String html) {
        assertEquals(html, renderer.render(markdown, FILE, 1, RESOLVER).html());
    }

    @Test
    void recordsEveryLinkWithFileLineAndColumnOffsetByTheBodyFirstLine() {
        String markdown =
                "## Titre\n\nVoir [le PGE](pge.md) et\n   [l'Urssaf](https://www.urssaf.fr/).\n";

        Body body = renderer.render(markdown, FILE, 21, RESOLVER);

        assertEquals(
                List.of(
                        new BodyLink(
                                "pge.md", "../pge/index.html", new SourcePosition(FILE, 23, 6)),
                        new BodyLink(
                                "https://www.urssaf.fr/",
                                "https://www.urssaf.fr/",
                                new SourcePosition(FILE, 24, 4))),
                body.links());
    }

    @Test
    void givesTheResolverThePositionOfRefusedLinksAndImages() {
        List<String> seen = new ArrayList<>();
        LinkResolver recording =
                (destination, image, at) -> {
                    seen.add(destination + (image ? " (image)" : "") + " @ " + at);
                    return null;
                };

        renderer.render("Texte\n\n- [a](absent.md)\n- ![b](b.png)\n", FILE, 10, recording);

        assertEquals(
                List.of(
                        "absent.md @ content/measures/aide.md:12:3",
                        "b.png (image) @ content/measures/aide.md:13:3"),
                seen);
    }

    @Test
    void rendersPlainTextForSearch() {
        Body body =
                renderer.render(
                        "## Montant\n\nJusqu'à **1 500 €**, voir [le PGE](pge.md).",
                        FILE,
                        1,
                        RESOLVER);

        assertEquals("Montant\nJusqu'à 1 500 €, voir le PGE.", body.text());
        assertEquals("## Montant\n\nJusqu'à **1 500 €**, voir [le PGE](pge.md).", body.markdown());
    }

    @Test
    void rendersAutolinksOnceInPlainText() {
        Body body = renderer.render("Voir <https://www.urssaf.fr/>.", FILE, 1, RESOLVER);

        assertEquals("Voir https://www.urssaf.fr/.", body.text());
    }

    @Test
    void passesBodiesWithRawHtmlThroughTheSanitizer() {
        MarkdownRenderer shouting = new MarkdownRenderer(html -> html.toUpperCase());

        assertEquals(
                "<P>TEXTE <B>GRAS</B></P>\n",
                shouting.render("texte <b>gras</b>", FILE, 1, RESOLVER).html());
        assertEquals("<p>texte</p>\n", shouting.render("texte", FILE, 1, RESOLVER).html());
    }
}
