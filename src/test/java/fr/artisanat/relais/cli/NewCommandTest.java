package fr.artisanat.relais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relais new}: a new measure that is complete, commented, dated and builds as a draft. */
class NewCommandTest {
    @TempDir Path dir;

    private TestSite.Result newMeasure(TestSite site, String slug) {
        return TestSite.run(
                List.of("new", slug, "--content", site.root().resolve("content").toString()));
    }

    @Test
    void createsADraftWithEveryFieldCommentedInFrenchAndTodaysDate() {
        TestSite site = TestSite.minimal(dir);
        TestSite.Result r = newMeasure(site, "aide-loyers-31");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("aide-loyers-31.md"), r.out());
        String text = site.read("content/measures/aide-loyers-31.md");
        for (String field :
                List.of(
                        "title",
                        "summary",
                        "level",
                        "funders",
                        "categories",
                        "beneficiaries",
                        "territories",
                        "amount",
                        "amount_max",
                        "opens",
                        "closes",
                        "status",
                        "apply_url",
                        "sources",
                        "contact",
                        "updated",
                        "reviewed",
                        "tags",
                        "draft")) {
            assertTrue(
                    text.lines().anyMatch(l -> l.matches("(# )?" + field + ":.*#.*")),
                    "no commented line for « " + field + " » in\n" + text);
        }
        assertTrue(text.contains("updated: " + LocalDate.now(ZoneId.of("Europe/Paris"))), text);
        assertTrue(text.contains("draft: true"));
        // Real ids of the site's data files, not invented ones.
        assertTrue(text.contains("funders: [etat]"), text);
        assertTrue(text.contains("region-occitanie"), text);
    }

    @Test
    void createdMeasureBuildsWithoutErrorAsADraftAndStaysUnpublished() {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, newMeasure(site, "aide-loyers-31").exitCode());
        TestSite.Result drafts = site.build("--drafts", "--as-of", LocalDate.now().toString());
        assertEquals(0, drafts.exitCode(), drafts.err());
        assertFalse(drafts.err().contains(": erreur :"), drafts.err());
        assertFalse(drafts.err().contains("aide-loyers-31"), drafts.err());
        assertTrue(Files.exists(site.out().resolve("mesures/aide-loyers-31/index.html")));
        TestSite.Result published = site.build("--as-of", LocalDate.now().toString());
        assertEquals(0, published.exitCode(), published.err());
        assertFalse(Files.exists(site.out().resolve("mesures/aide-loyers-31/index.html")));
    }

    @Test
    void refusesAnInvalidSlugAndSuggestsOne() {
        TestSite site = TestSite.minimal(dir);
        TestSite.Result r = newMeasure(site, "Aide Loyers Été");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("slug invalide"), r.err());
        assertTrue(r.err().contains("aide-loyers-ete"), r.err());
        assertFalse(Files.exists(site.root().resolve("content/measures/Aide Loyers Été.md")));
    }

    @Test
    void refusesAnExistingMeasureAndLeavesItUntouched() {
        TestSite site = TestSite.minimal(dir);
        String before = site.read("content/measures/pret-beta.md");
        TestSite.Result r = newMeasure(site, "pret-beta");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("existe déjà"), r.err());
        assertEquals(before, site.read("content/measures/pret-beta.md"));
    }
}
