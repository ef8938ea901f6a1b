package fr.artisanat.relais.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyTest {
    private static final List<BodyLink> LINKS =
            List.of(
                    new BodyLink(
                            "pret-rebond.md",
                            "../pret-rebond/",
                            new SourcePosition("content/measures/pge.md", 12, 3)));

    @Test
    void givesBackEachTextOfAShortBody() {
        Body body = new Body("Un **prêt**.", "<p>Un <strong>prêt</strong>.</p>", "Un prêt.", LINKS);

        assertEquals("Un **prêt**.", body.markdown());
        assertEquals("<p>Un <strong>prêt</strong>.</p>", body.html());
        assertEquals("Un prêt.", body.text());
        assertEquals(LINKS, body.links());
    }

    @Test
    void givesBackEachTextOfALongBodyExactly() {
        String paragraph = "L’aide couvre 50 % du loyer — jusqu’à 3 000 € par mois 🙂. ";
        String markdown = "## Montant\n\n" + paragraph.repeat(200);
        String html = "<h2 id=\"montant\">Montant</h2>\n<p>" + paragraph.repeat(200) + "</p>\n";
        String text = "Montant\n" + paragraph.repeat(200).strip();

        Body body = new Body(markdown, html, text, LINKS);

        assertEquals(markdown, body.markdown());
        assertEquals(html, body.html());
        assertEquals(text, body.text());
    }

    @Test
    void keepsEmptyTexts() {
        Body body = new Body("", "", "", List.of());

        assertEquals("", body.markdown());
        assertEquals("", body.html());
        assertEquals("", body.text());
    }

    @Test
    void isEqualToABodyWithTheSameTextsAndLinks() {
        String long1 = "Prêt garanti par l’État. ".repeat(50);

        assertEquals(
                new Body(long1, "<p>" + long1 + "</p>", long1, LINKS),
                new Body(long1, "<p>" + long1 + "</p>", long1, LINKS));
        assertEquals(
                new Body(long1, "<p>" + long1 + "</p>", long1, LINKS).hashCode(),
                new Body(long1, "<p>" + long1 + "</p>", long1, LINKS).hashCode());
        assertNotEquals(
                new Body(long1, "<p>" + long1 + "</p>", long1, LINKS),
                new Body(long1, "<p>" + long1 + "</p>", long1 + ".", LINKS));
        assertNotEquals(
                new Body(long1, "<p>" + long1 + "</p>", long1, LINKS),
                new Body(long1, "<p>" + long1 + "</p>", long1, List.of()));
        // the same bytes split differently between the texts
        assertNotEquals(new Body("ab", "", "c", LINKS), new Body("a", "", "bc", LINKS));
    }
}
