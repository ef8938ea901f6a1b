package fr.artisanat.relais.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fonds-de-solidarite", "pge", "aide-2020", "2020", "a"})
    void acceptsLowerCaseAsciiDigitsAndSingleHyphens(String slug) {
        assertTrue(Slugs.isSlug(slug));
        assertTrue(Slugs.isId(slug));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Aide_Alpha",
                "aide_alpha",
                "Aide-alpha",
                "aide--alpha",
                "-aide",
                "aide-",
                "aide alpha",
                "région",
                "aide.alpha"
            })
    void refusesAnythingElse(String slug) {
        assertFalse(Slugs.isSlug(slug));
        assertFalse(Slugs.isId(slug));
    }

    @ParameterizedTest
    @ValueSource(ints = {150, 151})
    void refusesSlugsLongerThanOneHundredFiftyCharacters(int length) {
        assertEquals(length <= 150, Slugs.isSlug("a".repeat(length)));
    }

    @org.junit.jupiter.api.Test
    void suggestsAValidSlugForAnOverlongName() {
        assertTrue(Slugs.isSlug(Slugs.suggest("aide ".repeat(40))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"09", "31", "974", "2a", "2b"})
    void acceptsDepartementNumbersAsIds(String id) {
        assertTrue(Slugs.isId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2A", "2B", "09 ", " 31"})
    void refusesDepartementNumbersWrittenOtherwise(String id) {
        assertFalse(Slugs.isId(id));
    }

    @ParameterizedTest
    @CsvSource({
        "Aide_Alpha, aide-alpha",
        "Aide_Éco 2020, aide-eco-2020",
        "Œuvres d'art, oeuvres-d-art",
        "--fonds--solidarité--, fonds-solidarite",
        "___, mon-slug",
        "déjà-bon, deja-bon"
    })
    void suggestsTheSlugAnEditorMeant(String name, String expected) {
        assertEquals(expected, Slugs.suggest(name));
        assertTrue(Slugs.isSlug(Slugs.suggest(name)));
    }
}
