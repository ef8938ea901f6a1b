package fr.artisanat.relais.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchAnalyzerTest {
    private final FrenchAnalyzer analyzer = new FrenchAnalyzer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "chômage partiel | chomag partiel",
                "chomage partiel | chomag partiel",
                "Prêts garantis par l'État | pret garanti etat",
                "pret garanti etat | pret garanti etat",
                "prêt garanti par l’État | pret garanti etat",
                "fond solidarite | fond solidarit",
                "Fonds de solidarité | fond solidarit",
                "aide loy boulangerie | aide loy boulang",
                "aides aux loyers des boulangers | aide loy boulang",
                "Œuvres d'art | oeuvr art",
                "garantie | garant",
                "auto-entrepreneur | auto entrepreneu autoentrepreneu",
                "micro‑entrepreneurs | micro entrepreneu microentrepreneu",
                "Haute-Garonne (31) | haut garon hautegaron 31",
                "l'activité partielle | activit partiel",
                "jusqu'à 1 500 € | 1500",
                "1\u00a0500\u00a0€ et 10\u202f000\u202f000 | 1500 10000000",
                "1 5000, 1 500-2, 2020 500 | 1 5000 1 500 2 5002 2020 500",
                "COMMERÇANTS | comercant"
            })
    void foldsElidesAndStemsLikeArtisansType(String text, String expected) {
        assertEquals(List.of(expected.split(" ")), analyzer.analyze(text));
    }
}
