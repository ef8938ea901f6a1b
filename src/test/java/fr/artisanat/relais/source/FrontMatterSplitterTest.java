package fr.artisanat.relais.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

    @Test
    void splitsFrontMatterFromBodyAndTellsWhereTheBodyStarts() {
        FrontMatterSplitter.Split split =
                FrontMatterSplitter.split(
                        "---\ntitle: Aide\nlevel: national\n---\n# Titre\n\nTexte\n");

        assertTrue(split.ok());
        assertEquals("title: Aide\nlevel: national\n", split.frontMatter());
        assertEquals("# Titre\n\nTexte\n", split.body());
        assertEquals(5, split.bodyFirstLine());
    }

    @Test
    void acceptsDelimitersWithTrailingSpaces() {
        FrontMatterSplitter.Split split =
                FrontMatterSplitter.split("--- \ntitle: Aide\n---  \nTexte");

        assertTrue(split.ok());
        assertEquals("title: Aide\n", split.frontMatter());
        assertEquals("Texte", split.body());
        assertEquals(4, split.bodyFirstLine());
    }

    @Test
    void keepsLaterRulesInTheBody() {
        FrontMatterSplitter.Split split =
                FrontMatterSplitter.split("---\ntitle: Aide\n---\nAvant\n\n---\n\nAprès\n");

        assertEquals("title: Aide\n", split.frontMatter());
        assertEquals("Avant\n\n---\n\nAprès\n", split.body());
    }

    @Test
    void givesAnEmptyBodyWhenTheFileEndsWithTheClosingLine() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("---\ntitle: Aide\n---");

        assertTrue(split.ok());
        assertEquals("", split.body());
        assertEquals(4, split.bodyFirstLine());
    }

    @Test
    void givesAnEmptyFrontMatterWhenBothLinesFollowEachOther() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("---\n---\nTexte\n");

        assertTrue(split.ok());
        assertEquals("", split.frontMatter());
        assertEquals("Texte\n", split.body());
        assertEquals(3, split.bodyFirstLine());
    }

    @Test
    void reportsMissingFrontMatterOnLineOne() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("title: Aide\n---\nTexte\n");

        assertFalse(split.ok());
        assertEquals(1, split.errorLine());
        assertTrue(split.error().startsWith("front matter absent : "), split.error());
        assertTrue(split.error().contains("l'avez-vous oubliée ?"), split.error());
    }

    @Test
    void reportsFrontMatterThatNeverCloses() {
        for (String text : new String[] {"---\ntitle: Aide\n", "---\ntitle: Aide", "---"}) {
            FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);

            assertFalse(split.ok(), text);
            assertEquals(1, split.errorLine());
            assertTrue(split.error().startsWith("front matter non fermé : "), split.error());
        }
    }

    @Test
    void reportsEmptyFile() {
        for (String text : new String[] {"", "\n\n", "   "}) {
            FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);

            assertFalse(split.ok());
            assertEquals(1, split.errorLine());
            assertTrue(split.error().startsWith("fichier vide : "), split.error());
        }
    }
}
