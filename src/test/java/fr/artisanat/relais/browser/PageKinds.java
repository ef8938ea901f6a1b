package fr.artisanat.relais.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.artisanat.relais.TestSite;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of each kind a visitor meets, in the {@code minimal} fixture built on 2020-04-15 (when
 * aide-alpha is open and delta-close is closed), by name and path under the base path.
 */
final class PageKinds {
    /** The fixture's base_url path: pages link to each other with root-relative addresses. */
    static final String BASE_PATH = "/portail/";

    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("accueil", "index.html");
        ALL.put("mesure-ouverte", "mesures/aide-alpha/index.html");
        ALL.put("mesure-close", "mesures/delta-close/index.html");
        ALL.put("mesure-a-venir", "mesures/gamma-a-venir/index.html");
        ALL.put("taxonomie", "categories/index.html");
        ALL.put("terme", "categories/subventions/index.html");
        ALL.put("departement", "territoires/31/index.html");
        ALL.put("toutes-les-mesures", "mesures/index.html");
        ALL.put("contacts", "contacts/index.html");
        ALL.put("page-editoriale", "a-propos/index.html");
        ALL.put("recherche-resultats", "recherche/index.html?q=aide");
        ALL.put("recherche-aucun-resultat", "recherche/index.html?q=xylophone");
        ALL.put("erreur-404", "cette-page-n-existe-pas/");
    }

    private PageKinds() {}

    /** The minimal fixture, built into {@code dir}/site. */
    static TestSite build(Path dir) {
        TestSite site = TestSite.minimal(dir);
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        return site;
    }
}
