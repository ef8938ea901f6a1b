package fr.artisanat.relais.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HTML an editor may paste into a body → what is left of it on the page. */
class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "formatting kept",
                        "<p><strong>gras</strong> <em>penché</em> <del>barré</del> <code>x</code></p>",
                        "<p><strong>gras</strong> <em>penché</em> <del>barré</del> <code>x</code></p>"),
                Arguments.of(
                        "heading ids kept for anchors",
                        "<h2 id=\"montant\">Montant</h2>",
                        "<h2 id=\"montant\">Montant</h2>"),
                Arguments.of(
                        "table kept with its alignment, in a keyboard-scrollable region",
                        "<table><tbody><tr><td align=\"right\">10</td></tr></tbody></table>",
                        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\""
                                + " aria-label=\"Tableau (défilement horizontal possible)\">"
                                + "<table><tbody><tr><td align=\"right\">10</td></tr></tbody>"
                                + "</table></div>"),
                Arguments.of(
                        "web, relative, mail and phone links kept, rel dropped, external announced",
                        "<a rel=\"nofollow\" href=\"https://www.urssaf.fr/\">a</a>"
                                + " <a href=\"../../mesures/pge/index.html#montant\">b</a>"
                                + " <a href=\"mailto:contact@cma.fr\">c</a>"
                                + " <a href=\"tel:+33806803900\">d</a>",
                        "<a href=\"https://www.urssaf.fr/\" class=\"ext\">a<span"
                                + " class=\"sr-only\"> (site externe)</span></a>"
                                + " <a href=\"../../mesures/pge/index.html#montant\">b</a>"
                                + " <a href=\"mailto:contact@cma.fr\">c</a>"
                                + " <a href=\"tel:+33806803900\">d</a>"),
                Arguments.of("script removed", "<p>a</p><script>alert(1)</script>", "<p>a</p>"),
                Arguments.of("style removed", "<style>p{display:none}</style><p>a</p>", "<p>a</p>"),
                Arguments.of(
                        "iframe removed", "<iframe src=\"https://piege.example/\"></iframe>", ""),
                Arguments.of("image removed", "<img src=\"x.png\" onerror=\"alert(1)\">", ""),
                Arguments.of(
                        "event handler removed",
                        "<p onclick=\"alert(1)\">texte</p>",
                        "<p>texte</p>"),
                Arguments.of(
                        "javascript link loses its href",
                        "<a href=\"javascript:alert(1)\">clic</a>",
                        "<a>clic</a>"),
                Arguments.of(
                        "data link loses its href",
                        "<a href=\"data:text/html,x\">clic</a>",
                        "<a>clic</a>"),
                Arguments.of(
                        "form removed, text kept",
                        "<form action=\"https://piege.example/\"><input name=\"x\">envoyer</form>",
                        "envoyer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsOnlyHarmlessHtml(String name, String html, String expected) {
        assertEquals(expected, sanitizer.clean(html));
    }
}
