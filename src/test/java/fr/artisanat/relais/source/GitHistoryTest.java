package fr.artisanat.relais.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.artisanat.relais.TestSite;
import fr.artisanat.relais.model.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each measure's "Historique des modifications", from a git repository the test makes with fixed
 * commit dates, and the {@code updated} fallback to the last commit.
 */
class GitHistoryTest {
    @TempDir Path dir;
    private TestSite site;

    @BeforeEach
    void requireGit() {
        assumeTrue(gitAvailable(), "git absent : tests de l'historique ignorés");
        site = TestSite.minimal(dir.resolve("portail"));
    }

    @Test
    void measurePageListsItsCommitsNewestFirst() {
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        edit("content/measures/aide-alpha.md", "Un paragraphe de plus.");
        commit("2020-04-10T23:30:00+02:00", "Aide alpha : précise les bénéficiaires");
        edit("content/measures/pret-beta.md", "Autre mesure.");
        commit("2020-04-11T09:00:00+02:00", "Prêt bêta : corrige le montant");

        assertEquals(0, site.build().exitCode());
        Document alpha = page("mesures/aide-alpha/index.html");
        assertEquals(
                List.of(
                        "10 avril 2020 : Aide alpha : précise les bénéficiaires",
                        "2 avril 2020 : Ajout des mesures"),
                texts(alpha, "#historique + ul.history li"));
        assertEquals("2020-04-10", alpha.selectFirst("ul.history li time").attr("datetime"));
        assertTrue(alpha.select("a[href$=historique/index.html]").isEmpty());
        // the history is not part of the searchable text of the measure
        assertTrue(alpha.select("[data-pagefind-body] .history").isEmpty());
        // a page without its own commits lists only the first one
        assertEquals(
                List.of("2 avril 2020 : Ajout des mesures"),
                texts(page("mesures/gamma-a-venir/index.html"), "ul.history li"));
    }

    @Test
    void showsTheTenLatestChangesAndLinksToTheFullHistory() {
        git("init", "-q");
        commit("2020-03-01T12:00:00+01:00", "Ajout des mesures");
        for (int i = 1; i <= 11; i++) {
            edit("content/measures/aide-alpha.md", "Ajout " + i + ".");
            commit(String.format("2020-03-%02dT12:00:00+01:00", i + 1), "Modification " + i);
        }
        assertEquals(0, site.build().exitCode());
        Document alpha = page("mesures/aide-alpha/index.html");
        List<String> shown = texts(alpha, "ul.history li");
        assertEquals(10, shown.size());
        assertEquals("12 mars 2020 : Modification 11", shown.get(0));
        assertEquals("3 mars 2020 : Modification 2", shown.get(9));
        Element more = alpha.selectFirst("#historique ~ p a");
        assertEquals("Voir les 12 modifications", more.text());
        assertEquals("../../mesures/aide-alpha/historique/index.html", more.attr("href"));
        Document full = page("mesures/aide-alpha/historique/index.html");
        List<String> all = texts(full, "ul.history li");
        assertEquals(12, all.size());
        assertEquals("1er mars 2020 : Ajout des mesures", all.get(11));
        assertEquals("Historique des modifications", full.selectFirst("h1").text());
        assertFalse(Files.exists(site.out().resolve("mesures/pret-beta/historique")));
    }

    @Test
    void updatedFallsBackToTheLastCommitOnlyInsideGit() throws IOException {
        String withoutUpdated =
                site.read("content/measures/aide-alpha.md").replace("updated: 2020-04-10\n", "");
        site.write("content/measures/aide-alpha.md", withoutUpdated);
        TestSite.Result outside = site.build();
        assertEquals(1, outside.exitCode());
        assertTrue(outside.err().contains("aide-alpha.md"), outside.err());
        assertTrue(outside.err().contains("« updated »"), outside.err());

        git("init", "-q");
        commit("2020-04-12T08:00:00+02:00", "Aide alpha sans date de mise à jour");
        TestSite.Result inside = site.build();
        assertEquals(0, inside.exitCode(), inside.err());
        Document alpha = page("mesures/aide-alpha/index.html");
        assertEquals(
                "2020-04-12",
                alpha.selectFirst(".page-dates time").attr("datetime"),
                alpha.selectFirst(".page-dates").outerHtml());
        assertTrue(site.read("site/mesures.json").contains("\"updated\": \"2020-04-12\""));

        // a new measure not committed yet still needs its date
        site.write(
                "content/measures/nouvelle.md",
                withoutUpdated.replace("Aide alpha", "Nouvelle aide"));
        TestSite.Result uncommitted = site.build();
        assertEquals(1, uncommitted.exitCode());
        assertTrue(uncommitted.err().contains("nouvelle.md"), uncommitted.err());
        assertFalse(uncommitted.err().contains("aide-alpha.md"), uncommitted.err());
    }

    @Test
    void buildsWithoutHistoryOutsideGitOrInAShallowClone() {
        assertEquals(0, site.build().exitCode());
        assertTrue(page("mesures/aide-alpha/index.html").select("#historique").isEmpty());

        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        edit("content/measures/aide-alpha.md", "Encore.");
        commit("2020-04-03T10:00:00+02:00", "Deuxième version");
        Path clone = dir.resolve("clone");
        run(
                dir,
                "git",
                "clone",
                "-q",
                "--depth",
                "1",
                "file://" + site.root().toAbsolutePath(),
                clone.toString());
        assertEquals(Map.of(), GitLog.read(clone.resolve("content")));
    }

    @Test
    void sameCommitsGiveTheSameBytesWhateverTheCheckout() throws IOException {
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        edit("content/measures/aide-alpha.md", "Encore.");
        commit("2020-04-03T10:00:00+02:00", "Deuxième version");
        Path clone = dir.resolve("clone");
        run(dir, "git", "clone", "-q", site.root().toAbsolutePath().toString(), clone.toString());
        assertEquals(0, site.build().exitCode());
        TestSite.Result second =
                TestSite.run(
                        List.of(
                                "build",
                                "--content",
                                clone.resolve("content").toString(),
                                "--templates",
                                TestSite.TEMPLATES.toAbsolutePath().toString(),
                                "--out",
                                clone.resolve("site").toString(),
                                "--as-of",
                                TestSite.AS_OF));
        assertEquals(0, second.exitCode(), second.err());
        Map<String, byte[]> a = TestSite.snapshot(site.out());
        Map<String, byte[]> b = TestSite.snapshot(clone.resolve("site"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void parsesOneLogForTheWholeFolder() {
        String log =
                "\u001eaaa\u001f1586736000\u001fSujet ; avec « guillemets » et | barres\n\n"
                        + "measures/aide-alpha.md\nmeasures/pret-beta.md\nmeasures/sous/dossier.md\n"
                        + "\u001ebbb\u001f1585735200\u001fPremier\n\nmeasures/aide-alpha.md\n";
        Map<String, List<Revision>> history = GitLog.parse(log);
        assertEquals(2, history.size());
        assertEquals(
                List.of(
                        new Revision(
                                LocalDate.of(2020, 4, 13),
                                "Sujet ; avec « guillemets » et | barres",
                                "aaa"),
                        new Revision(LocalDate.of(2020, 4, 1), "Premier", "bbb")),
                history.get("aide-alpha"));
        assertEquals(1, history.get("pret-beta").size());
    }

    private Document page(String path) {
        try {
            return Jsoup.parse(site.out().resolve(path).toFile(), "UTF-8", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The texts, French narrow no-break spaces read as spaces. */
    private static List<String> texts(Document doc, String selector) {
        return doc.select(selector).stream().map(e -> e.text().replace('\u202F', ' ')).toList();
    }

    private void edit(String path, String line) {
        site.write(path, site.read(path) + "\n" + line + "\n");
    }

    private void commit(String isoDate, String subject) {
        git("add", "-A");
        List<String> args = new ArrayList<>(List.of("git"));
        args.addAll(
                List.of(
                        "-c",
                        "user.name=Conseillère",
                        "-c",
                        "user.email=conseil@example.org",
                        "-c",
                        "commit.gpgsign=false",
                        "commit",
                        "-q",
                        "-m",
                        subject));
        run(site.root(), Map.of("GIT_AUTHOR_DATE", isoDate, "GIT_COMMITTER_DATE", isoDate), args);
    }

    private void git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        run(site.root(), Map.of(), command);
    }

    private static void run(Path cwd, String... command) {
        run(cwd, Map.of(), List.of(command));
    }

    private static void run(Path cwd, Map<String, String> env, List<String> command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
            pb.environment().putAll(env);
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), command + "\n" + out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
