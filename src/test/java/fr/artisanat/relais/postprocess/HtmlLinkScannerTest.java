package fr.artisanat.relais.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The scanner decodes attribute values as jsoup does, without loading jsoup for the usual ones. */
class HtmlLinkScannerTest {
    @Test
    void decodesCharacterReferencesAsJsoupDoes() {
        for (String value :
                List.of(
                        "a?b=1&amp;c=2",
                        "&quot;x&quot; &#39;y&#39; &apos;z&apos; &lt;&gt;",
                        "&#233;t&#xE9; &#X1F600; &#65;",
                        "&eacute;t&eacute; &nbsp; &copy;",
                        "&#0; &#x0; &#128; &#xD800; &#1114112; &#+65; &#x; &#; &# ;",
                        "& amp; &amp &ampx; &unknown; a&b",
                        "&amp;amp; &#38;#38;")) {
            assertEquals(
                    Parser.unescapeEntities(value, true), HtmlLinkScanner.unescape(value), value);
        }
    }
}
