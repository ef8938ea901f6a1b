package fr.artisanat.relais.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.artisanat.relais.TestSite;
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
 * Each measure's « Historique des modifications », from a git repository the test makes with fixed
 * commit dates: what changed on the page, in French, never a commit message; commits that change
 * nothing a reader sees, corrections and drafts left out; nothing dated after the build date.
 */
class GitHistoryTest {
    private static final String ALPHA = "content/measures/aide-alpha.md";

    @TempDir Path dir;
    private TestSite site;

    @BeforeEach
    void requireGit() {
        assumeTrue(gitAvailable(), "git absent : tests de l'historique ignorés");
        site = TestSite.minimal(dir.resolve("portail"));
    }

    @Test
    void describesEachChangeOfSubstanceInFrenchNewestFirst() {
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        replace(ALPHA, "closes: 2020-07-31", "closes: 2020-08-31");
        replace(ALPHA, "updated: 2020-04-10", "updated: 2020-04-09");
        commit("2020-04-10T23:30:00+02:00", "Build pipeline: source, validate, render");
        replace(ALPHA, "amount: Jusqu'à 1 500 €", "amount: Jusqu'à 2 000 €");
        replace(ALPHA, "amount_max: 1500", "amount_max: 2000");
        replace(ALPHA, "funders: [etat]", "funders: [etat, region-occitanie]");
        replace(ALPHA, "touchées par la crise.", "touchées par la crise sanitaire.");
        replace(ALPHA, "updated: 2020-04-09", "updated: 2020-04-11");
        commit("2020-04-11T09:00:00+02:00", "test: Minimal fixture site with golden output");

        assertEquals(0, site.build().exitCode());
        Document alpha = page("mesures/aide-alpha/index.html");
        List<String> entries = texts(alpha, "#historique + ul.history > li");
        assertEquals(
                List.of(
                        "11 avril 2020 : Montant : « Jusqu'à 1 500 € » → « Jusqu'à 2 000 € »"
                                + " Montant maximal : 1 500 € → 2 000 €"
                                + " Texte mis à jour Financeur ajouté : Région Occitanie",
                        "10 avril 2020 : Date de clôture : 31 juillet 2020 → 31 août 2020"),
                entries);
        assertEquals(
                List.of(
                        "Montant : « Jusqu'à 1 500 € » → « Jusqu'à 2 000 € »",
                        "Montant maximal : 1 500 € → 2 000 €",
                        "Texte mis à jour",
                        "Financeur ajouté : Région Occitanie"),
                texts(alpha, "ul.history > li:first-child li"));
        assertEquals("2020-04-11", alpha.selectFirst("ul.history li time").attr("datetime"));
        // no commit message on any page of the site
        for (Map.Entry<String, byte[]> file : TestSite.snapshot(site.out()).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("Build pipeline"), file.getKey());
            assertFalse(text.contains("Minimal fixture"), file.getKey());
            assertFalse(text.contains("Ajout des mesures"), file.getKey());
        }
        // the history is not part of the searchable text of the measure
        assertTrue(alpha.select("[data-pagefind-body] .history").isEmpty());
        // a measure whose file never changed after it was added has no history section
        assertTrue(page("mesures/gamma-a-venir/index.html").select("#historique").isEmpty());
    }

    @Test
    void leavesOutCommitsThatChangeNothingAReaderSees() {
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        // key order, quotes, comments, list order, a rewrapped paragraph, a new check date
        String text = site.read(ALPHA);
        site.write(
                ALPHA,
                text.replace("title: Aide alpha pour les artisans\n", "")
                        .replace(
                                "level: national\n",
                                "level: \"national\"   # niveau\n"
                                        + "title: 'Aide alpha pour les artisans'\n")
                        .replace(
                                "tags: [perte, chiffre d'affaires]",
                                "tags:\n  - chiffre d'affaires\n  - perte")
                        .replace("reviewed: 2020-04-12", "reviewed: 2020-04-14")
                        .replace("updated: 2020-04-10", "updated: 2020-04-13")
                        .replace(
                                "Les entreprises de **moins de 10 salariés** touchées",
                                "Les   entreprises de **moins de 10 salariés**\ntouchées"));
        commit("2020-04-13T10:00:00+02:00", "Mise en forme");

        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(page("mesures/aide-alpha/index.html").select("#historique").isEmpty());
    }

    @Test
    void aCorrectionIsNotAChangeOfTheMeasure() {
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        // a trailer at the end of the message
        replace(ALPHA, "closes: 2020-07-31", "closes: 2020-06-30");
        replace(ALPHA, "updated: 2020-04-10", "updated: 2020-04-03");
        commit(
                "2020-04-03T10:00:00+02:00",
                "Aide alpha : date de clôture",
                "La date avait été mal recopiée du décret.",
                "Correction : date de clôture mal recopiée");
        // the subject says it
        replace(ALPHA, "amount: Jusqu'à 1 500 €", "amount: Jusqu'à 1 500 € par mois");
        replace(ALPHA, "updated: 2020-04-03", "updated: 2020-04-04");
        commit("2020-04-04T10:00:00+02:00", "Correction: montant mensuel");
        // `updated` left as it was: no change of substance
        replace(ALPHA, "touchées par la crise.", "durement touchées par la crise.");
        commit("2020-04-05T10:00:00+02:00", "Aide alpha : reformulation");
        // a real change after the corrections is listed, compared with the corrected version
        replace(ALPHA, "closes: 2020-06-30", "closes: 2020-09-30");
        replace(ALPHA, "updated: 2020-04-04", "updated: 2020-04-06");
        commit("2020-04-06T10:00:00+02:00", "Aide alpha : prolongation");

        assertEquals(0, site.build().exitCode());
        assertEquals(
                List.of("6 avril 2020 : Date de clôture : 30 juin 2020 → 30 septembre 2020"),
                texts(page("mesures/aide-alpha/index.html"), "ul.history > li"));
    }

    @Test
    void aPageBuiltAsOfADayListsOnlyTheChangesMadeByThen() {
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        replace(ALPHA, "closes: 2020-07-31", "closes: 2020-08-31");
        replace(ALPHA, "updated: 2020-04-10", "updated: 2020-04-20");
        commit("2020-04-20T10:00:00+02:00", "Prolongation");
        replace(ALPHA, "opens: 2020-03-31", "opens: 2020-03-30");
        replace(ALPHA, "updated: 2020-04-20", "updated: 2020-05-04");
        commit("2020-05-04T10:00:00+02:00", "Ouverture");

        assertEquals(0, site.build("--as-of", "2020-04-19").exitCode());
        assertTrue(page("mesures/aide-alpha/index.html").select("#historique").isEmpty());

        assertEquals(0, site.build("--as-of", "2020-04-20").exitCode());
        assertEquals(
                List.of("20 avril 2020 : Date de clôture : 31 juillet 2020 → 31 août 2020"),
                texts(page("mesures/aide-alpha/index.html"), "ul.history > li"));

        assertEquals(0, site.build("--as-of", "2020-06-01").exitCode());
        assertEquals(
                List.of(
                        "4 mai 2020 : Date d'ouverture : 31 mars 2020 → 30 mars 2020",
                        "20 avril 2020 : Date de clôture : 31 juillet 2020 → 31 août 2020"),
                texts(page("mesures/aide-alpha/index.html"), "ul.history > li"));
    }

    @Test
    void describesListsSourcesAndRemovedFields() {
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        replace(ALPHA, "funders: [etat]", "funders: [region-occitanie]");
        replace(ALPHA, "closes: 2020-07-31\n", "");
        replace(
                ALPHA,
                "sources:\n",
                "sources:\n  - title: Région Occitanie — plan d'urgence\n"
                        + "    url: https://www.laregion.fr/-COVID-19\n");
        replace(
                ALPHA,
                "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000041768315",
                "https://www.legifrance.gouv.fr/eli/decret/2020/3/30/ECOI2008773D/jo/texte");
        replace(ALPHA, "updated: 2020-04-10", "updated: 2020-04-11");
        commit("2020-04-11T10:00:00+02:00", "Sources");

        assertEquals(0, site.build().exitCode());
        assertEquals(
                List.of(
                        "Date de clôture retirée (c'était : 31 juillet 2020)",
                        "Financeur ajouté : Région Occitanie",
                        "Financeur retiré : État",
                        "Adresse de la source « Décret n° 2020-371 du 30 mars 2020 » modifiée",
                        "Source ajoutée : « Région Occitanie — plan d'urgence »"),
                texts(page("mesures/aide-alpha/index.html"), "ul.history > li li"));
    }

    @Test
    void theChangesOfADraftAndItsPublicationAreNotListed() {
        String draft = "content/measures/epsilon-brouillon.md";
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        replace(draft, "Texte à compléter.", "Texte presque complet.");
        replace(draft, "updated: 2020-04-14", "updated: 2020-04-15");
        commit("2020-04-03T10:00:00+02:00", "Brouillon avancé");
        replace(draft, "draft: true\n", "");
        replace(draft, "updated: 2020-04-15", "updated: 2020-04-16");
        commit("2020-04-04T10:00:00+02:00", "Publication");
        assertEquals(0, site.build().exitCode());
        assertTrue(page("mesures/epsilon-brouillon/index.html").select("#historique").isEmpty());

        replace(draft, "Texte presque complet.", "Texte complet.");
        replace(draft, "updated: 2020-04-16", "updated: 2020-04-17");
        commit("2020-04-05T10:00:00+02:00", "Texte");
        assertEquals(0, site.build().exitCode());
        assertEquals(
                List.of("5 avril 2020 : Texte mis à jour"),
                texts(page("mesures/epsilon-brouillon/index.html"), "ul.history > li"));
    }

    @Test
    void aBrokenVersionIsSkippedAndItsRepairComparedWithTheLastGoodOne() {
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        String good = site.read(ALPHA);
        site.write(ALPHA, good.replace("funders: [etat]", "funders: [etat"));
        commit("2020-04-03T10:00:00+02:00", "Cassé");
        site.write(
                ALPHA,
                good.replace("closes: 2020-07-31", "closes: 2020-08-31")
                        .replace("updated: 2020-04-10", "updated: 2020-04-04"));
        commit("2020-04-04T10:00:00+02:00", "Réparé");

        assertEquals(0, site.build().exitCode());
        assertEquals(
                List.of("4 avril 2020 : Date de clôture : 31 juillet 2020 → 31 août 2020"),
                texts(page("mesures/aide-alpha/index.html"), "ul.history > li"));
    }

    @Test
    void showsTheTenLatestChangesAndLinksToTheFullHistory() {
        git("init", "-q");
        commit("2020-03-01T12:00:00+01:00", "Ajout des mesures");
        String updated = "updated: 2020-04-10";
        for (int i = 1; i <= 12; i++) {
            edit(ALPHA, "Ajout " + i + ".");
            String next = String.format("updated: 2020-03-%02d", i + 1);
            replace(ALPHA, updated, next);
            updated = next;
            commit(String.format("2020-03-%02dT12:00:00+01:00", i + 1), "Modification " + i);
        }
        assertEquals(0, site.build().exitCode());
        Document alpha = page("mesures/aide-alpha/index.html");
        List<String> shown = texts(alpha, "ul.history > li");
        assertEquals(10, shown.size());
        assertEquals("13 mars 2020 : Texte mis à jour", shown.get(0));
        assertEquals("4 mars 2020 : Texte mis à jour", shown.get(9));
        Element more = alpha.selectFirst("#historique ~ p a");
        assertEquals("Voir les 12 modifications", more.text());
        assertEquals("../../mesures/aide-alpha/historique/index.html", more.attr("href"));
        Document full = page("mesures/aide-alpha/historique/index.html");
        List<String> all = texts(full, "ul.history > li");
        assertEquals(12, all.size());
        assertEquals("2 mars 2020 : Texte mis à jour", all.get(11));
        assertEquals("Historique des modifications", full.selectFirst("h1").text());
        assertFalse(Files.exists(site.out().resolve("mesures/pret-beta/historique")));
    }

    @Test
    void updatedFallsBackToTheLastChangeOfSubstanceOnlyInsideGit() {
        String withoutUpdated = site.read(ALPHA).replace("updated: 2020-04-10\n", "");
        site.write(ALPHA, withoutUpdated);
        TestSite.Result outside = site.build();
        assertEquals(1, outside.exitCode());
        assertTrue(outside.err().contains("aide-alpha.md"), outside.err());
        assertTrue(outside.err().contains("« updated »"), outside.err());

        git("init", "-q");
        commit("2020-04-12T08:00:00+02:00", "Aide alpha sans date de mise à jour");
        replace(ALPHA, "closes: 2020-07-31", "closes: 2020-08-31");
        commit("2020-04-13T08:00:00+02:00", "Prolongation");
        // a change of layout only: not a change of the measure, the date stays
        edit(ALPHA, "");
        commit("2020-04-14T08:00:00+02:00", "Mise en forme");
        TestSite.Result inside = site.build();
        assertEquals(0, inside.exitCode(), inside.err());
        Document alpha = page("mesures/aide-alpha/index.html");
        assertEquals(
                "2020-04-13",
                alpha.selectFirst(".page-dates time").attr("datetime"),
                alpha.selectFirst(".page-dates").outerHtml());
        assertTrue(site.read("site/mesures.json").contains("\"updated\": \"2020-04-13\""));

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
        replace(ALPHA, "closes: 2020-07-31", "closes: 2020-08-31");
        replace(ALPHA, "updated: 2020-04-10", "updated: 2020-04-11");
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
        assertEquals(
                1,
                GitLog.read(site.root().resolve("content")).get("aide-alpha").revisions().size());
    }

    @Test
    void sameCommitsGiveTheSameBytesWhateverTheCheckout() throws IOException {
        git("init", "-q");
        commit("2020-04-02T10:00:00+02:00", "Ajout des mesures");
        replace(ALPHA, "closes: 2020-07-31", "closes: 2020-08-31");
        replace(ALPHA, "updated: 2020-04-10", "updated: 2020-04-11");
        commit("2020-04-03T10:00:00+02:00", "Deuxième version");
        Path clone = dir.resolve("clone");
        run(dir, "git", "clone", "-q", site.root().toAbsolutePath().toString(), clone.toString());
        assertEquals(0, site.build().exitCode());
        assertFalse(page("mesures/aide-alpha/index.html").select("#historique").isEmpty());
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
        String zero = "0".repeat(40);
        String a = "a".repeat(40);
        String b = "b".repeat(40);
        String c = "c".repeat(40);
        String log =
                "\u001e1586736000\u001fCorrection: faute\u001fSujet ; avec « guillemets »\n\n"
                        + ":100644 100644 "
                        + a
                        + " "
                        + b
                        + " M\tmeasures/aide-alpha.md\n"
                        + ":000000 100644 "
                        + zero
                        + " "
                        + c
                        + " A\tmeasures/sous/dossier.md\n"
                        + "\u001e1585735200\u001f\u001fPremier\n\n"
                        + ":000000 100644 "
                        + zero
                        + " "
                        + a
                        + " A\tmeasures/aide-alpha.md\n"
                        + ":000000 100644 "
                        + zero
                        + " "
                        + c
                        + " A\tpages/a-propos.md\n";
        List<FileCommit> commits = GitLog.parse(log);
        assertEquals(
                List.of(
                        new FileCommit("aide-alpha", LocalDate.of(2020, 4, 13), true, a, b),
                        new FileCommit("aide-alpha", LocalDate.of(2020, 4, 1), false, null, a)),
                commits);
        assertTrue(commits.get(1).added());
        assertNull(commits.get(1).oldBlob());
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

    private void replace(String path, String from, String to) {
        String text = site.read(path);
        assertTrue(text.contains(from), path + " ne contient pas « " + from + " »");
        site.write(path, text.replace(from, to));
    }

    private void commit(String isoDate, String... message) {
        git("add", "-A");
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "git",
                                "-c",
                                "user.name=Conseillère",
                                "-c",
                                "user.email=conseil@example.org",
                                "-c",
                                "commit.gpgsign=false",
                                "commit",
                                "-q",
                                "--allow-empty"));
        for (String paragraph : message) {
            args.add("-m");
            args.add(paragraph);
        }
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
