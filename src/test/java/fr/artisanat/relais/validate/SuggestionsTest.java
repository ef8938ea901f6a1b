package fr.artisanat.relais.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KEYS =
            List.of("title", "summary", "level", "funders", "categories", "territories", "tags");

    @Test
    void suggestsKeyWithSwappedLetters() {
        assertEquals(Optional.of("funders"), Suggestions.nearest("fundres", KEYS));
    }

    @Test
    void suggestsKeyWithOneLetterMissingOrAdded() {
        assertEquals(Optional.of("title"), Suggestions.nearest("tite", KEYS));
        assertEquals(Optional.of("summary"), Suggestions.nearest("summarry", KEYS));
    }

    @Test
    void ignoresCase() {
        assertEquals(Optional.of("funders"), Suggestions.nearest("Funders", KEYS));
    }

    @Test
    void suggestsIdThatContainsWhatWasTyped() {
        assertEquals(
                Optional.of("region-occitanie"),
                Suggestions.nearest("region", List.of("etat", "region-occitanie")));
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertEquals(Optional.empty(), Suggestions.nearest("montant", KEYS));
        assertEquals(Optional.empty(), Suggestions.nearest("xy", KEYS));
    }

    @Test
    void suggestsNothingFromAnEmptyList() {
        assertEquals(Optional.empty(), Suggestions.nearest("etat", List.of()));
    }

    @Test
    void allowsMoreTyposInLongerWords() {
        // 12 letters: up to 3 typos; 4 letters: only 1.
        assertEquals(
                Optional.of("beneficiaries"),
                Suggestions.nearest("benefisiares", List.of("beneficiaries")));
        assertEquals(Optional.empty(), Suggestions.nearest("lvel", List.of("tags")));
    }

    @Test
    void breaksTiesAlphabetically() {
        assertEquals(
                Optional.of("cma-11"), Suggestions.nearest("cma-1", List.of("cma-12", "cma-11")));
    }

    @Test
    void countsEditsWithSwapsAsOne() {
        assertEquals(0, Suggestions.distance("etat", "etat"));
        assertEquals(1, Suggestions.distance("etta", "etat"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
