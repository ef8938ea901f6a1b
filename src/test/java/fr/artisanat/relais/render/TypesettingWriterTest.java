package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTML in → HTML out; {@code _} stands for U+202F and {@code ~} for U+00A0. */
class TypesettingWriterTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
                    <p>Jusqu&#39;à 1 500 € : pour qui ?</p>          | <p>Jusqu&#39;à 1_500_€_: pour qui_?</p>
                    <h1 title="Pour qui ?">Pour qui ?</h1>           | <h1 title="Pour qui ?">Pour qui_?</h1>
                    <a href="x.html?a=1 ; b">1 000 €</a>             | <a href="x.html?a=1 ; b">1_000_€</a>
                    <time datetime="2020 300">le 31 mai</time>       | <time datetime="2020 300">le 31 mai</time>
                    <code>a ; b</code> et <b>c ; d</b>               | <code>a ; b</code> et <b>c_; d</b>
                    <pre><code>1 500 €</code></pre><p>1 500 €</p>    | <pre><code>1 500 €</code></pre><p>1_500_€</p>
                    <script>var a = "1 500 ?";</script>Oui !         | <script>var a = "1 500 ?";</script>Oui_!
                    <script>if (a < b) { x = "</p> ?"; }</script> ?  | <script>if (a < b) { x = "</p> ?"; }</script>_?
                    <!-- 1 500 € ? --><p>5 %</p>                    | <!-- 1 500 € ? --><p>5_%</p>
                    <!DOCTYPE html><title>Aide : 1 500 €</title>     | <!DOCTYPE html><title>Aide_: 1_500_€</title>
                    <p data-x='a > b ?'>« Oui »</p>                  | <p data-x='a > b ?'>«~Oui~»</p>
                    <a class="ext" href="https://a.fr/">https://a.fr/?q=1 !</a> | <a class="ext" href="https://a.fr/">https://a.fr/?q=1_!</a>
                    """)
    void typesetsTheTextOfAPageOnly(String html, String expected) throws IOException {
        String want = expected.replace('_', '\u202F').replace('~', '\u00A0');
        // Written in small pieces, as FreeMarker does, and in one piece.
        assertEquals(want, written(html, 3));
        assertEquals(want, written(html, html.length()));
    }

    private static String written(String html, int piece) throws IOException {
        PageBuffer buffer = new PageBuffer();
        try (TypesettingWriter writer = new TypesettingWriter(buffer)) {
            for (int i = 0; i < html.length(); i += piece) {
                writer.write(html, i, Math.min(piece, html.length() - i));
            }
        }
        return new String(buffer.bytes(), StandardCharsets.UTF_8);
    }
}
