package fr.artisanat.relais.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input → output; in the table {@code _} stands for U+202F and {@code ~} for U+00A0. */
class FrenchTypographyTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    Jusqu'à 1 500 €                          | Jusqu'à 1_500_€
                    Jusqu'à 1500€ par mois                   | Jusqu'à 1500_€ par mois
                    1 000 000 € de prêts                     | 1_000_000_€ de prêts
                    Fonds d'environ 80 M€                    | Fonds d'environ 80_M€
                    70 % du salaire brut                     | 70_% du salaire brut
                    70% du salaire brut                      | 70_% du salaire brut
                    4,5 SMIC                                 | 4,5 SMIC
                    Appelez le 0 806 803 900.                | Appelez le 0_806_803_900.
                    Standard : 05 61 10 47 47                | Standard_: 05~61~10~47~47
                    Pour qui ?                               | Pour qui_?
                    Attention !                              | Attention_!
                    une fermeture ; une baisse               | une fermeture_; une baisse
                    Montant : jusqu'à 10 000 €               | Montant_: jusqu'à 10_000_€
                    motif « circonstances exceptionnelles »  | motif «~circonstances exceptionnelles~»
                    motif «circonstances»                    | motif «~circonstances~»
                    Décret n° 2020-371 du 30 mars 2020       | Décret n°~2020-371 du 30 mars 2020
                    Ouvert le 1er juin 2020 à 10:30          | Ouvert le 1er juin 2020 à 10:30
                    en 2020 300 entreprises                  | en 2020 300 entreprises
                    le 31 mai 2020, 200 conseillers          | le 31 mai 2020, 200 conseillers
                    https://www.exemple.fr/a?b=1 ; oui       | https://www.exemple.fr/a?b=1_; oui
                    https://x.fr/sp%C3%A9cifique%20covid     | https://x.fr/sp%C3%A9cifique%20covid
                    écrire à contact@cma-31.fr !             | écrire à contact@cma-31.fr_!
                    Sans chiffre ni signe                    | Sans chiffre ni signe
                    ""                                       | ""
                    """)
    void putsTheNoBreakSpacesOfFrenchTypography(String input, String expected) {
        String want = expected.replace('_', '\u202F').replace('~', '\u00A0');
        assertEquals(want, FrenchTypography.apply(input));
        // Applied twice, as a page may print a text that was already typeset.
        assertEquals(want, FrenchTypography.apply(want));
    }

    @Test
    void leavesNullAsIs() {
        assertNull(FrenchTypography.apply(null));
    }
}
