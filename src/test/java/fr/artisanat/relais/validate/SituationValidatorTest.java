package fr.artisanat.relais.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The situations of the home page, built from {@code data/situations.yml}: what each one lists, and
 * the warnings an editor gets when one lists nothing. (Errors are pinned by the invalid sites
 * {@code situation-*}.)
 */
class SituationValidatorTest {
    @TempDir Path dir;

    @Test
    void eachSituationListsTheMeasuresItSelectsByStatus() throws Exception {
        TestSite site = TestSite.minimal(dir);
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.err().contains("situations.yml"), result.err());

        Document home = parse(site.out().resolve("index.html"));
        List<String> entries = home.select(".situations a").eachAttr("href");
        assertEquals(
                List.of(
                        "situations/tresorerie/index.html",
                        "situations/perte-de-chiffre/index.html",
                        "contacts/index.html"),
                entries);

        // by category (the draft is not published)
        Document cash = parse(site.out().resolve("situations/tresorerie/index.html"));
        assertEquals("Je manque de trésorerie", cash.selectFirst("h1").text());
        assertEquals(List.of("Prêt bêta de la Région"), cash.select(".card__title").eachText());
        // by tag, whatever its case, and by name: open first, closed after
        Document closed = parse(site.out().resolve("situations/perte-de-chiffre/index.html"));
        assertEquals(
                List.of("Ouvertes (1)", "Closes (1)"),
                closed.select(".status-group:not([hidden]) h2").eachText());
        assertEquals(
                List.of("Aide alpha pour les artisans"),
                closed.select(".status-group--open .card__title").eachText());
        assertEquals(
                List.of("Delta, une mesure close"),
                closed.select(".status-group--closed .rows a").eachText());

        String sitemap = site.read("site/sitemap.xml");
        assertTrue(sitemap.contains("situations/tresorerie/"), sitemap);
        assertFalse(Files.exists(site.out().resolve("situations/ma-chambre")));
    }

    @Test
    void warnsAboutASituationThatListsNothingWithFileAndLine() throws Exception {
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/data/situations.yml",
                """
                - id: loyers
                  title: Mes loyers et factures
                  text: Les loyers des locaux.
                  tags: [loyer commercial]
                """);
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(
                "content/data/situations.yml:1:3: avertissement : situation « Mes loyers et"
                        + " factures » : aucune mesure publiée n'a le mot-clé « loyer commercial »"
                        + " (champ « tags » des mesures)\n"
                        + "content/data/situations.yml:1:3: avertissement : situation « Mes loyers et"
                        + " factures » : aucune mesure publiée ne correspond — sa page sera vide ;"
                        + " vérifiez ses catégories, publics, mots-clés et mesures",
                result.diagnostics().strip());
        Document page = parse(site.out().resolve("situations/loyers/index.html"));
        assertTrue(page.selectFirst("main .empty").text().startsWith("Aucune mesure publiée"));
    }

    @Test
    void aSiteWithoutSituationsHasNoSuchSection() throws Exception {
        TestSite site = TestSite.minimal(dir);
        site.delete("content/data/situations.yml");
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(parse(site.out().resolve("index.html")).select(".situations").isEmpty());
        assertFalse(Files.exists(site.out().resolve("situations")));
    }

    private static Document parse(Path file) throws java.io.IOException {
        return Jsoup.parse(file.toFile(), "UTF-8", "");
    }
}
