package fr.artisanat.relais.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.model.ChangedField;
import fr.artisanat.relais.model.MeasureChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two versions of a measure compare equal exactly when its page would read the same. */
class MeasureSnapshotTest {
    private final YamlReader yaml = new YamlReader();

    private static final String BASE =
            """
            ---
            title: Aide alpha
            funders: [etat, region]
            amount_max: 1500
            closes: 2020-05-31
            updated: 2020-04-10
            sources:
              - title: Décret
                url: https://example.org/decret
            ---
            Un texte
            sur deux lignes.
            """;

    @Test
    void commentsKeyOrderQuotesListOrderAndWrappingAreNoChange() {
        String same =
                """
                ---
                # relu le 12 avril
                updated: 2020-04-12
                closes: "2020-05-31"
                amount_max: 1500.0
                funders:
                  - region
                  - etat
                title: 'Aide alpha'
                sources:
                  - url: https://example.org/decret
                    title: Décret
                ---
                Un texte sur deux
                lignes.
                """;
        assertEquals(List.of(), snapshot(BASE).changesTo(snapshot(same)));
    }

    @Test
    void keepsTheValuesOfDatesAndListsButOnlyTheFactOfATextChange() {
        String changed =
                BASE.replace("closes: 2020-05-31", "closes: 2020-06-30")
                        .replace("[etat, region]", "[etat]")
                        .replace("sur deux lignes.", "sur trois lignes.");
        assertEquals(
                List.of(
                        new MeasureChange(
                                ChangedField.CLOSES, List.of("2020-05-31"), List.of("2020-06-30")),
                        new MeasureChange(ChangedField.BODY, List.of(), List.of()),
                        new MeasureChange(
                                ChangedField.FUNDERS, List.of("etat", "region"), List.of("etat"))),
                snapshot(BASE).changesTo(snapshot(changed)));
        assertEquals("2020-04-10", snapshot(BASE).updated());
    }

    @Test
    void aFileWithoutReadableFrontMatterHasNoSnapshot() {
        assertNull(MeasureSnapshot.parse("pas de front matter", yaml));
        assertNull(MeasureSnapshot.parse("---\ntitle: [ouvert\n---\n", yaml));
        assertTrue(snapshot(BASE.replace("updated: 2020-04-10", "draft: true")).draft());
    }

    private MeasureSnapshot snapshot(String text) {
        return MeasureSnapshot.parse(text, yaml);
    }
}
