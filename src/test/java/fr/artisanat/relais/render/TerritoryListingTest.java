package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A département's page lists the regional and national measures with its own, but links to them
 * when there are too many to repeat on every département's page; its calendar follows the page, and
 * the portal's calendar has them all.
 */
class TerritoryListingTest {
    @TempDir Path dir;

    private TestSite withNationalMeasures(int count) {
        TestSite site = TestSite.minimal(dir);
        for (int i = 1; i <= count; i++) {
            site.write(
                    "content/measures/mesure-nationale-" + i + ".md",
                    "---\n"
                            + "title: Mesure nationale numéro "
                            + i
                            + "\nsummary: Une aide de l'État pour tous les artisans.\n"
                            + "level: national\nfunders: [etat]\ncategories: [prets]\n"
                            + "territories: [france]\nopens: 2020-04-01\n"
                            + "sources:\n  - title: Décret\n    url: https://www.legifrance.gouv.fr/\n"
                            + "updated: 2020-04-02\n---\nUne aide nationale.\n");
        }
        return site;
    }

    private String read(TestSite site, String path) throws IOException {
        return Files.readString(site.out().resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void listsTheNationalMeasuresWhileTheyAreFew() throws IOException {
        TestSite site = withNationalMeasures(TerritoryListing.LISTED_MAX - 10);
        assertEquals(0, site.build().exitCode());

        String ariege = read(site, "territoires/09/index.html");
        assertTrue(ariege.contains("Mesure nationale numéro 40"));
        assertFalse(ariege.contains("S'appliquent aussi ici"));
    }

    @Test
    void linksToTheNationalMeasuresWhenTheyAreTooManyToRepeat() throws IOException {
        // with the fixture's own national measures, more than LISTED_MAX
        TestSite site = withNationalMeasures(TerritoryListing.LISTED_MAX);
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());

        String ariege = read(site, "territoires/09/index.html");
        assertFalse(ariege.contains("Mesure nationale numéro"), "national cards not repeated");
        assertTrue(ariege.contains("Prêt bêta de la Région"), "regional measures still listed");
        assertTrue(
                ariege.contains(
                        "<a href=\"../../territoires/france/index.html\">les 52 mesures nationales"
                                + " (France)</a>"),
                ariege);
        assertTrue(
                read(site, "territoires/france/index.html").contains("Mesure nationale numéro 50"));
        String calendar = read(site, "territoires/09/echeances.ics");
        assertFalse(calendar.contains("Mesure nationale numéro"), "the calendar follows the page");
        assertTrue(calendar.contains("Prêt bêta de la Région"));
        assertTrue(
                ariege.contains(
                        "<a href=\"../../echeances.ics\">l'agenda de toutes les mesures</a>"));
        assertTrue(read(site, "echeances.ics").contains("Mesure nationale numéro 50"));
    }
}
