package fr.artisanat.relais.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import fr.artisanat.relais.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of each kind a visitor meets, in the {@code minimal} fixture built on 2020-04-15 (when
 * aide-alpha is open and delta-close is closed), by name and path under the base path. The fixture
 * is put in a git repository where aide-alpha has more changes than its page lists, so that it also
 * has a page of its whole history.
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
        ALL.put("situation", "situations/perte-de-chiffre/index.html");
        ALL.put("toutes-les-mesures", "mesures/index.html");
        ALL.put("contacts", "contacts/index.html");
        ALL.put("page-editoriale", "a-propos/index.html");
        ALL.put("recherche-resultats", "recherche/index.html?q=aide");
        ALL.put("recherche-aucun-resultat", "recherche/index.html?q=xylophone");
        ALL.put("erreur-404", "cette-page-n-existe-pas/");
        ALL.put("chiffres", "chiffres/index.html");
        ALL.put("donnees-ouvertes", "donnees-ouvertes/index.html");
        ALL.put("historique-mesure", "mesures/aide-alpha/historique/index.html");
    }

    private PageKinds() {}

    /** The measure page lists this many changes and links to a page of the rest. */
    private static final int CHANGES_ON_THE_MEASURE_PAGE = 10;

    /** The minimal fixture with its git history, built into {@code dir}/site. */
    static TestSite build(Path dir) {
        TestSite site = TestSite.minimal(dir);
        git(dir, "2020-03-01T10:00:00+01:00", "init", "-q");
        commit(dir, "2020-03-01T10:00:00+01:00", "Ajout des mesures");
        String alpha = "content/measures/aide-alpha.md";
        String updated = "updated: 2020-04-10";
        for (int i = 1; i <= CHANGES_ON_THE_MEASURE_PAGE + 1; i++) {
            // A sentence more and a new `updated`: a change of substance the history lists.
            String day = String.format("2020-03-%02d", i + 1);
            site.write(
                    alpha,
                    site.read(alpha).replace(updated, "updated: " + day)
                            + "\nPrécision "
                            + i
                            + ".\n");
            updated = "updated: " + day;
            commit(dir, day + "T10:00:00+01:00", "Aide alpha : précision " + i);
        }
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        return site;
    }

    private static void commit(Path dir, String isoDate, String subject) {
        git(dir, isoDate, "add", "-A");
        git(
                dir,
                isoDate,
                "-c",
                "user.name=Conseillère",
                "-c",
                "user.email=conseil@example.org",
                "-c",
                "commit.gpgsign=false",
                "commit",
                "-q",
                "-m",
                subject);
    }

    /** Runs git in {@code dir}, with author and commit dates fixed so pages do not change. */
    private static void git(Path dir, String isoDate, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("GIT_AUTHOR_DATE", isoDate);
        builder.environment().put("GIT_COMMITTER_DATE", isoDate);
        builder.redirectErrorStream(true);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.waitFor(), "git " + command + " : " + output);
        } catch (IOException e) {
            fail("git est requis pour l'historique des mesures (voir .ci/run) : " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
