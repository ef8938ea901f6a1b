package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that parse but make no sense or mislead: dates beyond any measure, numbers of 310 digits,
 * addresses whose {@code user@} part hides where they lead. Each is a French diagnostic at its
 * position, and the previous site stays as it was.
 */
class OddValuesTest {
    private static final String ALPHA = "content/measures/aide-alpha.md";

    @TempDir static Path built;

    @TempDir Path dir;

    private TestSite site;
    private Map<String, String> before;

    @BeforeAll
    static void buildTheMinimalSiteOnce() {
        TestSite.Result first = TestSite.minimal(built).build();
        assertEquals(0, first.exitCode(), first.err());
    }

    @BeforeEach
    void startFromTheBuiltSite() {
        TestSite.copyTree(built, dir);
        site = TestSite.empty(dir);
        before = TestSite.tree(site.out());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "content/measures/aide-alpha.md, 'opens: 2020-03-31', 'opens: 1999-12-31', 11:8",
        "content/measures/aide-alpha.md, 'closes: 2020-07-31', 'closes: 9999-12-31', 12:9",
        "content/measures/aide-alpha.md, 'updated: 2020-04-10', 'updated: 2100-01-01', 18:10",
        "content/measures/aide-alpha.md, 'reviewed: 2020-04-12', 'reviewed: 0202-04-12', 19:11",
        "content/pages/a-propos.md, 'updated: 2020-04-01', 'updated: 2202-04-01', 5:10",
        "content/data/chiffres.yml, 'as_of: 2020-06-30', 'as_of: 9999-06-30', 7:10",
    })
    void refusesADateOutsideTheAcceptedRangeInEveryDateField(
            String file, String from, String to, String at) {
        site.write(file, site.read(file).replaceFirst(from, to));
        String key = to.substring(0, to.indexOf(':'));
        String date = to.substring(to.indexOf(' ') + 1);

        TestSite.Result r = site.build();

        assertFailedWith(
                r,
                file
                        + ":"
                        + at
                        + ": erreur : « "
                        + key
                        + " » : date « "
                        + date
                        + " » hors de la plage acceptée (du 2000-01-01 au 2099-12-31) : vérifiez"
                        + " l'année"
                        + (key.equals("closes")
                                ? " ; pour une mesure sans date de fin, retirez le champ"
                                : "")
                        + "\n");
    }

    @Test
    void refusesABuildDateOutsideTheRangeFromAsOfOrSourceDateEpoch() {
        TestSite.Result asOf = site.build("--as-of", "9999-12-31");
        assertUsage(
                asOf,
                "relais : --as-of : date « 9999-12-31 » hors de la plage acceptée (du 2000-01-01"
                        + " au 2099-12-31)\n");

        for (String epoch : new String[] {"253402300800", "99999999999999999999", "-1"}) {
            List<String> args =
                    List.of(
                            "build",
                            "--content",
                            site.root().resolve("content").toString(),
                            "--templates",
                            TestSite.TEMPLATES.toAbsolutePath().toString(),
                            "--out",
                            site.out().toString());
            TestSite.Result r = TestSite.run(args, Map.of("SOURCE_DATE_EPOCH", epoch));

            assertEquals(2, r.exitCode(), r.err());
            r.assertNoTrace();
            assertTrue(
                    r.err().startsWith("relais : SOURCE_DATE_EPOCH invalide « " + epoch + " »"),
                    r.err());
            assertTrue(
                    r.err()
                            .contains(
                                    "un nombre de secondes depuis le 1er janvier 1970 est attendu,"
                                            + " pour une date du 2000-01-01 au 2099-12-31"),
                    r.err());
        }
        assertEquals(before, TestSite.tree(site.out()));
    }

    @ParameterizedTest(name = "amount_max: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1e309 | 1E+309 hors limites (de 0 à 1 000 000 000 €) : vérifiez le nombre de"
                        + " chiffres",
                "1000000000.01 | 1000000000.01 hors limites (de 0 à 1 000 000 000 €) : vérifiez"
                        + " le nombre de chiffres",
                "1500.125 | 1500.125 a plus de deux décimales : un montant s'écrit au centime près"
                        + " (par exemple 1500 ou 1500.50)",
            })
    void refusesAnAmountBeyondAnySensibleRange(String value, String message) {
        site.write(ALPHA, site.read(ALPHA).replace("amount_max: 1500", "amount_max: " + value));

        assertFailedWith(
                site.build(),
                "content/measures/aide-alpha.md:10:13: erreur : « amount_max » : "
                        + message
                        + "\n");
    }

    @Test
    void refusesFiguresThatAreNoCountOrTooLarge() {
        String figures = site.read("content/data/chiffres.yml");
        site.write(
                "content/data/chiffres.yml",
                figures.replace("value: 9747}", "value: 97.5}")
                        .replace("value: 12319661.00}", "value: 1e309}"));

        assertFailedWith(
                site.build(),
                "content/data/chiffres.yml:12:32: erreur : « value » : 97.5 n'est pas un nombre"
                        + " entier : un compte s'écrit sans décimales\n"
                        + "content/data/chiffres.yml:23:32: erreur : « value » : 1E+309 hors limites"
                        + " (de 0 à 1 000 000 000 000 €) : vérifiez le nombre de chiffres\n");
    }

    @Test
    void saysAnIntegerTooLargeForItsFieldIsOutOfBounds() {
        String siteYml = site.read("content/site.yml");
        site.write(
                "content/site.yml",
                siteYml.replace("review_after_days: 180", "review_after_days: 99999999999"));

        assertFailedWith(
                site.build(),
                "content/site.yml:6:20: erreur : « review_after_days » : 99999999999 hors limites"
                        + " (de 1 à 3650)\n");
    }

    @Test
    void refusesAnApplyButtonWhoseUserPartHidesWhereItLeads() {
        site.write(
                ALPHA,
                site.read(ALPHA)
                        .replace(
                                "apply_url: https://www.impots.gouv.fr/",
                                "apply_url: https://www.impots.gouv.fr@evil.example/demande"));

        assertFailedWith(
                site.build(),
                "content/measures/aide-alpha.md:13:12: erreur : « apply_url » : adresse"
                        + " « https://www.impots.gouv.fr@evil.example/demande » refusée : ce qui"
                        + " précède « @ » (« www.impots.gouv.fr ») n'est pas le nom du site mais un"
                        + " identifiant de connexion — le lien mènerait en réalité à"
                        + " « evil.example ». Écrivez l'adresse publique du site, sans rien avant"
                        + " « @ »\n");
    }

    @Test
    void refusesALoginAndPasswordInEveryAddressOfTheContentWithoutRepeatingThePassword() {
        String login = "https://admin:motdepasse@intranet.example/";
        site.write(
                ALPHA,
                site.read(ALPHA)
                                .replace(
                                        "url: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000041768315",
                                        "url: " + login + "decret")
                        + "\nLiens : [le guichet]("
                        + login
                        + "a), <"
                        + login
                        + "b>, "
                        + login
                        + "c, <a href=\""
                        + login
                        + "d\">brut</a>, <a href=\"https://admin&#58;motdepasse&#64;x.example/\">"
                        + "codé</a> et `"
                        + login
                        + "e`.\n");
        site.write(
                "content/data/funders.yml",
                site.read("content/data/funders.yml")
                        .replace("url: https://www.economie.gouv.fr/", "url: " + login));
        site.write(
                "content/data/chambers.yml",
                site.read("content/data/chambers.yml")
                        .replace("url: https://www.cm-toulouse.fr/", "url: " + login));
        site.write(
                "content/site.yml",
                site.read("content/site.yml")
                        .replace(
                                "base_url: https://example.org/portail/",
                                "base_url: https://admin:motdepasse@example.org/portail/"));

        TestSite.Result r = site.build();

        assertEquals(1, r.exitCode(), r.err());
        r.assertNoTrace();
        assertFalse(r.err().contains("motdepasse"), r.err());
        String d = r.diagnostics();
        for (String where :
                List.of(
                        "content/site.yml:3:11: erreur : « base_url » : adresse",
                        "content/data/funders.yml:4:8: erreur : « url » : adresse",
                        "content/data/chambers.yml:8:8: erreur : « url » : adresse",
                        "content/measures/aide-alpha.md:16:10: erreur : « url » : adresse")) {
            assertTrue(d.contains(where + " « https://admin:•••@"), where + "\n" + d);
        }
        long inBody =
                d.lines()
                        .filter(l -> l.startsWith("content/measures/aide-alpha.md:34:"))
                        .filter(l -> l.contains("« https://admin:•••@"))
                        .count();
        assertEquals(6, inBody, d);
        assertTrue(
                d.contains(
                        " n'est pas le nom du site mais un identifiant de connexion avec son mot de"
                                + " passe — le lien mènerait en réalité à « intranet.example »,"
                                + " et l'identifiant serait publié sur le portail et dans les"
                                + " données ouvertes. Écrivez l'adresse publique du site, sans rien"
                                + " avant « @ »\n"),
                d);
        assertEquals(before, TestSite.tree(site.out()));
    }

    private void assertFailedWith(TestSite.Result r, String diagnostics) {
        assertEquals(1, r.exitCode(), r.err());
        r.assertNoTrace();
        assertEquals(diagnostics, r.diagnostics(), r.err());
        assertTrue(r.err().contains("n'a pas été modifié"), r.err());
        assertEquals(before, TestSite.tree(site.out()));
    }

    private void assertUsage(TestSite.Result r, String firstLine) {
        assertEquals(2, r.exitCode(), r.err());
        r.assertNoTrace();
        assertTrue(r.err().startsWith(firstLine), r.err());
        assertEquals(before, TestSite.tree(site.out()));
    }
}
