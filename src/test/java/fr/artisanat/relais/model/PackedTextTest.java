package fr.artisanat.relais.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PackedTextTest {
    private static final String LONG =
            "L’aide couvre 50 % du loyer — jusqu’à 3 000 € par mois 🙂.\n".repeat(100);

    @Test
    void givesBackEachTextExactly() {
        PackedText texts = new PackedText(LONG, "", "## Montant\n\n" + LONG, "é");

        assertEquals(LONG, texts.get(0));
        assertEquals("", texts.get(1));
        assertEquals("## Montant\n\n" + LONG, texts.get(2));
        assertEquals("é", texts.get(3));
    }

    @Test
    void keepsShortTextsAsTheyAre() {
        PackedText texts = new PackedText("Un **prêt**.", "Un prêt.");

        assertEquals("Un **prêt**.", texts.get(0));
        assertEquals("Un prêt.", texts.get(1));
    }

    @Test
    void isEqualWhenTheTextsAre() {
        assertEquals(new PackedText(LONG, "a"), new PackedText(LONG, "a"));
        assertEquals(new PackedText(LONG, "a").hashCode(), new PackedText(LONG, "a").hashCode());
        assertNotEquals(new PackedText(LONG, "a"), new PackedText(LONG, "b"));
        assertNotEquals(new PackedText("ab", "c"), new PackedText("a", "bc"));
    }
}
