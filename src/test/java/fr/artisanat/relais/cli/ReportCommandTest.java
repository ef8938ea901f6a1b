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
                                asOf,
                                "--cache",
                                site.root().resolve(".relais-cache").toString()));
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
                section(out, "Mesures sans adresse de demande (apply_url) : 3")
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

    /** A link-check cache as {@code relais check} leaves it. */
    private static void writeCache(TestSite site) {
        site.write(
                ".relais-cache/liens.tsv",
                String.join(
                        "\n",
                        "# relais liens v1",
                        "https://www.urssaf.fr/\tBROKEN\t404\t2020-04-12T06:00:00Z\t-\tintrouvable"
                                + " (404)",
                        "https://example.org/source\tUNCERTAIN\t0\t2020-04-13T06:00:00Z\t-\tdélai"
                                + " dépassé",
                        "https://www.laregion.fr/\tBROKEN\t410\t2020-04-12T06:00:00Z\t-\tsupprimée"
                                + " (410)",
                        "https://www.laregion.fr/aides\tOK\t200\t2020-04-12T06:00:00Z\t-\taccessible"
                                + " (200)",
                        "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000041768315\tOK\t200"
                                + "\t2020-04-12T06:00:00Z\t-\taccessible (200)",
                        ""));
        // pret-beta keeps one source that answers: it must not be listed.
        site.write(
                "content/measures/pret-beta.md",
                site.read("content/measures/pret-beta.md")
                        .replace(
                                "    url: https://www.laregion.fr/\n",
                                "    url: https://www.laregion.fr/\n"
                                        + "  - title: Les aides de la Région\n"
                                        + "    url: https://www.laregion.fr/aides\n"));
    }

    @Test
    void listsMeasuresWhoseSourcesAllFailedTheLastLinkCheck() {
        TestSite site = TestSite.minimal(dir);
        writeCache(site);
        TestSite.Result r = report(site, "2020-04-15");
        assertEquals(0, r.exitCode(), r.err());
        String failed =
                section(
                        r.out(),
                        "Mesures dont toutes les sources ont échoué au dernier contrôle des liens : 2");
        assertTrue(
                failed.contains(
                        "content/measures/delta-close.md — Delta, une mesure close\n"
                                + "      https://www.urssaf.fr/ : introuvable (404) (contrôlé le"
                                + " 2020-04-12)"),
                r.out());
        // Drafts are in the report; a source never checked (gamma) or still answering is not.
        assertTrue(failed.contains("epsilon-brouillon.md"), r.out());
        assertTrue(failed.contains("https://example.org/source : délai dépassé"), r.out());
        assertTrue(!failed.contains("pret-beta") && !failed.contains("gamma"), r.out());
        assertTrue(!failed.contains("aide-alpha"), r.out());
        assertTrue(failed.contains("→ vérifiez que la mesure existe encore"), r.out());
    }

    @Test
    void listsFailedSourcesInJson() {
        TestSite site = TestSite.minimal(dir);
        writeCache(site);
        TestSite.Result r = report(site, "2020-04-15", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(
                r.out()
                        .contains(
                                "\"sources_all_failed\": [\n    {\"slug\": \"delta-close\","
                                        + " \"title\": \"Delta, une mesure close\", \"file\":"
                                        + " \"content/measures/delta-close.md\", \"sources\":"
                                        + " [{\"url\": \"https://www.urssaf.fr/\", \"status\":"
                                        + " \"broken\", \"message\": \"introuvable (404)\","
                                        + " \"checked_on\": \"2020-04-12\"}]},\n"
                                        + "    {\"slug\": \"epsilon-brouillon\""),
                r.out());
    }

    @Test
    void saysTheLinkCheckIsMissingWithoutACache() {
        TestSite.Result r = report(TestSite.minimal(dir), "2020-04-15");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(
                r.out()
                        .contains(
                                "Mesures dont toutes les sources ont échoué au dernier contrôle"
                                        + " des liens : information indisponible : aucun contrôle"
                                        + " des liens enregistré (lancez relais check)"),
                r.out());
    }

    /** The lines of one section of the text report, from its title to the next blank line. */
    private static String section(String out, String title) {
        int start = out.indexOf(title);
        assertTrue(start >= 0, "no section « " + title + " » in\n" + out);
        int end = out.indexOf("\n\n", start);
        return end < 0 ? out.substring(start) : out.substring(start, end);
    }
}
