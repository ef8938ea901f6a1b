package fr.artisanat.relais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relais report} on the minimal fixture, in French and as JSON. */
class ReportCommandTest {
    @TempDir Path dir;

    private TestSite.Result report(TestSite site, String asOf, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "report",
                                "--content",
                                site.root().resolve("content").toString(),
                                "--as-of",
                                asOf));
        args.addAll(List.of(extra));
        return TestSite.run(args);
    }

    @Test
    void listsMeasuresClosingWithin30DaysAndWithoutApplyUrlInFrench() {
        TestSite.Result r = report(TestSite.minimal(dir), "2020-04-15");
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.contains("Relevé des mesures au 2020-04-15"), out);
        // pret-beta closes on 2020-05-01: 16 days later.
        assertTrue(
                section(out, "Mesures qui ferment dans les 30 jours : 1")
                        .contains("content/measures/pret-beta.md — Prêt bêta de la Région"),
                out);
        assertTrue(
                section(out, "Mesures sans adresse de demande (apply_url) : 4")
                        .contains("content/measures/pret-beta.md"),
                out);
        assertTrue(out.contains("Mesures non vérifiées depuis plus de 180 jours : 0"), out);
        assertTrue(out.contains("Ferme bientôt : 1"), out);
        assertTrue(out.contains("(etat) : 3"), out);
        assertTrue(out.contains("(region-occitanie) : 2"), out);
    }

    @Test
    void listsStaleMeasuresAndArchiveCandidatesAYearLater() {
        TestSite.Result r = report(TestSite.minimal(dir), "2021-09-01");
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.contains("Mesures non vérifiées depuis plus de 180 jours : 5"), out);
        // aide-alpha closed 2020-07-31, pret-beta 2020-05-01: both more than a year ago.
        String archive = section(out, "Mesures closes depuis plus d'un an (à archiver ?) : 2");
        assertTrue(archive.contains("pret-beta.md"), out);
        assertTrue(archive.contains("aide-alpha.md"), out);
    }

    @Test
    void printsJsonForTools() {
        TestSite.Result r = report(TestSite.minimal(dir), "2020-04-15", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        String json = r.out();
        assertTrue(json.startsWith("{\n  \"as_of\": \"2020-04-15\","), json);
        assertTrue(
                json.contains(
                        "\"closing_soon\": [\n    {\"slug\": \"pret-beta\", \"title\": \"Prêt bêta"
                                + " de la Région\", \"file\": \"content/measures/pret-beta.md\","
                                + " \"closes\": \"2020-05-01\"}\n  ],"),
                json);
        assertTrue(json.contains("\"by_status\": {\"open\": "), json);
        assertTrue(json.contains("\"etat\": 3"), json);
        assertTrue(json.contains("\"sources_all_failed\": null"), json);
    }

    @Test
    void exitsWith1AndNamesTheFileWhenTheContentIsInvalid() {
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/measures/pret-beta.md",
                site.read("content/measures/pret-beta.md").replace("2020-05-01", "2020-13-01"));
        TestSite.Result r = report(site, "2020-04-15");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("content/measures/pret-beta.md:10:9"), r.err());
    }

    /** The lines of one section of the text report, from its title to the next blank line. */
    private static String section(String out, String title) {
        int start = out.indexOf(title);
        assertTrue(start >= 0, "no section « " + title + " » in\n" + out);
        int end = out.indexOf("\n\n", start);
        return end < 0 ? out.substring(start) : out.substring(start, end);
    }
}
