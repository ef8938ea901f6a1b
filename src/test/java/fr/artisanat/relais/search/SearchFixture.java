package fr.artisanat.relais.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.artisanat.relais.TestSite;
import java.nio.file.Path;
import java.util.List;

/**
 * The small site the search page's browser tests search: the minimal site (built on 2020-04-15)
 * plus measures that tell the search's behaviours apart — the Tarn and Tarn-et-Garonne, two waves
 * of one fund (the first closes on 2020-04-30, the second opens on 2020-05-01), amounts of 1 500 €
 * and 500 €, a title that only mentions another measure's name — and the editors' synonyms and
 * vocabulary.
 */
final class SearchFixture {
    private SearchFixture() {}

    static TestSite build(Path dir) {
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/data/territories.yml",
                site.read("content/data/territories.yml")
                        + """
                        - id: "81"
                          name: Tarn
                          kind: departement
                          parent: occitanie
                        - id: "82"
                          name: Tarn-et-Garonne
                          kind: departement
                          parent: occitanie
                        """);
        measure(
                site,
                "activite-partielle",
                "Activité partielle des salariés",
                "L'État prend en charge l'activité partielle des entreprises artisanales.",
                "territories: [france]\nbeneficiaries: [artisans]\ntags: [activité partielle, salariés]",
                "Les heures non travaillées sont indemnisées.");
        measure(
                site,
                "cheque-commerce-tarnais",
                "Chèque commerce tarnais",
                "Une aide du Tarn pour les commerces de proximité.",
                "territories: [\"81\"]\nlevel: departmental",
                "Pour les artisans installés dans le département.");
        measure(
                site,
                "fonds-artisans-tarn-et-garonne",
                "Fonds artisans de Tarn-et-Garonne",
                "Une aide du Tarn-et-Garonne pour les entreprises artisanales.",
                "territories: [\"82\"]\nlevel: departmental",
                "Pour les artisans installés en Tarn-et-Garonne.");
        measure(
                site,
                "fonds-atelier-premiere-vague",
                "Fonds atelier — première vague",
                "Pour les ateliers fermés : le fonds atelier verse une aide aux ateliers.",
                "territories: [france]\nbeneficiaries: [artisans]\ncloses: 2020-04-30\n"
                        + "tags: [atelier, fermeture administrative]",
                "Le fonds atelier aide chaque atelier fermé.");
        measure(
                site,
                "fonds-atelier-seconde-vague",
                "Fonds atelier — seconde vague",
                "Le fonds atelier reprend pour les ateliers.",
                "territories: [france]\nopens: 2020-05-01\ncloses: 2020-12-31",
                "Une seconde vague du fonds.");
        measure(
                site,
                "prime-apprentis",
                "Prime de 500 € pour les apprentis",
                "Une prime pour chaque apprenti embauché.",
                "territories: [france]\namount: 500 € par apprenti\namount_max: 500",
                "Versée une fois.");
        measure(
                site,
                "complement-pret-beta",
                "Complément régional : un prêt bêta renforcé",
                "Le prêt bêta renforcé complète le prêt bêta de la Région, comme un prêt bêta.",
                "territories: [occitanie]\ntags: [prêt bêta, prêt bêta renforcé]",
                "Le prêt bêta renforcé s'ajoute au prêt bêta.");
        site.write("content/data/synonyms.yml", "- terms: [chômage partiel, activité partielle]\n");
        site.write(
                "content/data/vocabulary.yml",
                """
                trades:
                  - words: [boulanger, boulangerie]
                    beneficiaries: [artisans]
                situations:
                  - words: [fermé, magasin fermé]
                    tags: [fermeture administrative]
                  - words: [payer mes salariés]
                    categories: [subventions]
                    tags: [activité partielle]
                places:
                  - territory: "81"
                    in: dans le Tarn
                    words: [Albi]
                  - territory: "82"
                    in: en Tarn-et-Garonne
                  - territory: "31"
                    in: en Haute-Garonne
                    words: [Toulouse]
                """);
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.out() + result.err());
        return site;
    }

    /**
     * The portal's real {@code content/}, built into {@code out} on {@link
     * SearchRelevanceBrowserTest#AS_OF} (as the relevance benchmark reads it).
     */
    static void buildRealContent(Path out) {
        TestSite.Result result =
                TestSite.run(
                        List.of(
                                "build",
                                "--content",
                                "content",
                                "--templates",
                                TestSite.TEMPLATES.toString(),
                                "--out",
                                out.toString(),
                                "--as-of",
                                SearchRelevanceBrowserTest.AS_OF));
        assertEquals(0, result.exitCode(), result.out() + result.err());
    }

    private static void measure(
            TestSite site, String slug, String title, String summary, String extra, String body) {
        String front =
                "title: \""
                        + title
                        + "\"\nsummary: \""
                        + summary
                        + "\"\n"
                        + (extra.contains("level:") ? "" : "level: national\n")
                        + "funders: [etat]\ncategories: [subventions]\n"
                        + extra
                        + "\nsources:\n  - title: Source officielle\n"
                        + "    url: https://www.legifrance.gouv.fr/\nupdated: 2020-04-10\n";
        site.write("content/measures/" + slug + ".md", "---\n" + front + "---\n" + body + "\n");
    }
}
