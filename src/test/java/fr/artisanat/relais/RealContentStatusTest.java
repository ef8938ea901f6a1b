package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.Status;
import fr.artisanat.relais.pipeline.BuildOptions;
import fr.artisanat.relais.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's real {@code content/}, built as of five days of the crisis, gives every measure the
 * status the facts give it on that day. Each row cites the entry of {@code
 * shared/facts/measures-2020.yml} (fact id, then key) its dates come from.
 *
 * <p>Two kinds of rows:
 *
 * <ul>
 *   <li>{@link #dated}: opening and closing dates are sourced; the row gives them and the status on
 *       each of the five days ({@code U} upcoming, {@code O} open or closing soon, {@code C}
 *       closed). « Ferme bientôt » is read as open: which end date was known on a given day is what
 *       the dated updates carry, and this table checks whether the measure takes requests.
 *   <li>{@link #unknownEnd}: no source gives an end. The measure must carry no closing date and no
 *       status override (nothing invented), read « À venir » before its sourced opening and is not
 *       closed on any day up to the last date a source shows it in force. After that day nothing is
 *       known: the status part of issue 14 gives those days the honest « à vérifier » state, and
 *       these rows then expect it.
 * </ul>
 */
class RealContentStatusTest {
    private static final Path CONTENT = Path.of("content");

    private static final List<LocalDate> DAYS =
            List.of(
                    LocalDate.of(2020, 4, 1),
                    LocalDate.of(2020, 5, 1),
                    LocalDate.of(2020, 6, 15),
                    LocalDate.of(2020, 12, 31),
                    LocalDate.of(2021, 6, 30));

    private static final List<Row> ROWS =
            List.of(
                    dated(
                            "fonds-de-solidarite-volet-1",
                            "fds-volet-1: key_dates.service_opened (31 mars retenu),"
                                    + " key_dates.deadline_extended",
                            "2020-03-31",
                            "2020-07-31",
                            "OOOCC"),
                    dated(
                            "fonds-de-solidarite-volet-2",
                            "fds-volet-2: key_dates.opened, key_dates.later_changes (décret"
                                    + " 2020-1458)",
                            "2020-04-15",
                            "2020-10-31",
                            "UOOCC"),
                    dated(
                            "fonds-de-solidarite-volet-2-bis-occitanie",
                            "occitanie-fds-volet-2-bis: key_dates.deadline",
                            null,
                            "2020-06-30",
                            "OOOCC"),
                    dated(
                            "fonds-loccal",
                            "occitanie-loccal: key_dates.opened, key_dates.extended",
                            "2020-06-04",
                            "2021-03-31",
                            "UUOOC"),
                    dated(
                            "contrat-entreprises-crise-tresorerie",
                            "occitanie-contrat-crise-tresorerie: key_dates.available_until",
                            null,
                            "2021-06-30",
                            "OOOOO"),
                    dated(
                            "report-cotisations-independants",
                            "urssaf-report-independants: key_dates.first, gives (dernière"
                                    + " échéance le 20 août), key_dates.resume",
                            "2020-03-13",
                            "2020-08-20",
                            "OOOCC"),
                    dated(
                            "subvention-prevention-covid",
                            "subvention-prevention-covid: key_dates.opened,"
                                    + " key_dates.request_deadline",
                            "2020-05-18",
                            "2020-12-31",
                            "UUOOC"),
                    unknownEnd(
                            "activite-partielle",
                            "activite-partielle: key_dates.decree, key_dates.admin_response"
                                    + " (jusqu'au 31 décembre 2020)",
                            "2020-03-26",
                            "2020-12-31"),
                    unknownEnd(
                            "aide-cpsti-rci",
                            "cpsti-rci-covid: key_dates.decided, key_dates.payment (mi-juin)",
                            "2020-04-10",
                            "2020-06-15"),
                    unknownEnd(
                            "aide-financiere-exceptionnelle-cpsti",
                            "cpsti-action-sociale-afe: key_dates.first_announced,"
                                    + " key_dates.later_changes (novembre 2020)",
                            "2020-03-26",
                            "2020-11-30"),
                    unknownEnd(
                            "bpifrance-pret-atout",
                            "bpifrance-pret-atout: source_refs CNews (23 mars 2020)",
                            null,
                            "2020-03-23"),
                    unknownEnd(
                            "bpifrance-report-echeances",
                            "bpifrance-report-echeances: key_dates.announced",
                            "2020-03-16",
                            "2020-03-16"),
                    unknownEnd(
                            "cellule-ecoute-chefs-entreprise",
                            "cellule-ecoute-apesa: key_dates.opened, key_dates.later_changes"
                                    + " (prolongée de 6 mois en novembre 2020)",
                            "2020-04-27",
                            "2021-05-01"),
                    unknownEnd(
                            "cma-cellules-de-crise",
                            "cma-interlocuteur-premier-niveau: gives (16 mars),"
                                    + " examples_occitanie.herault (4 mai 2020)",
                            "2020-03-16",
                            "2020-05-04"),
                    unknownEnd(
                            "contrat-entreprise-en-difficulte",
                            "occitanie-contrat-entreprise-en-difficulte: gives (doté de"
                                    + " nouveau en 2021)",
                            null,
                            "2021-01-01"),
                    unknownEnd(
                            "fonds-solidarite-exceptionnel-occitanie",
                            "occitanie-fonds-solidarite-exceptionnel: key_dates.plan_vote,"
                                    + " source_refs blog.cma82.fr (10 avril 2020)",
                            "2020-04-03",
                            "2020-04-10"),
                    unknownEnd(
                            "haute-garonne-fonds-prevention-precarite",
                            "cd31-fonds-prevention-precarite: gives (plan voté le 16 avril"
                                    + " 2020)",
                            "2020-04-16",
                            "2020-04-16"),
                    unknownEnd(
                            "indemnites-garde-enfants-independants",
                            "ij-garde-enfants-independants: key_dates.school_closure,"
                                    + " key_dates.may_2020",
                            "2020-03-16",
                            "2020-05-01"),
                    unknownEnd(
                            "loyers-et-factures-locaux-professionnels",
                            "report-loyers-factures: key_dates.period_start,"
                                    + " key_dates.period_end_initial",
                            "2020-03-12",
                            "2020-07-24"),
                    unknownEnd(
                            "marches-publics-force-majeure",
                            "marches-publics-force-majeure: source_refs (fiche de Bercy du"
                                    + " 10 mars 2020)",
                            null,
                            "2020-03-10"),
                    unknownEnd(
                            "mediateur-des-entreprises",
                            "mediation-entreprises: key_dates.crisis_committee,"
                                    + " key_dates.activity (27 octobre 2020)",
                            null,
                            "2020-10-27"),
                    unknownEnd(
                            "mediation-du-credit",
                            "mediation-credit: key_dates.accelerated_covid_procedure,"
                                    + " source_refs zonebourse (15 avril 2020)",
                            null,
                            "2020-04-15"),
                    unknownEnd(
                            "pass-rebond-occitanie",
                            "occitanie-pass-rebond: key_dates.tourism_variant",
                            null,
                            "2020-05-29"),
                    unknownEnd(
                            "plan-urgence-region-autres-mesures",
                            "occitanie-autres-mesures: budget (370 M€ au 29 mai 2020)",
                            null,
                            "2020-05-29"),
                    unknownEnd(
                            "pret-garanti-etat",
                            "pge: key_dates.loans_from, key_dates.loans_until (règle du"
                                    + " printemps 2020, prolongée ensuite)",
                            "2020-03-16",
                            "2020-12-31"),
                    unknownEnd(
                            "pret-rebond-occitanie",
                            "occitanie-pret-rebond: key_dates.announced",
                            null,
                            "2020-03-20"),
                    unknownEnd(
                            "remise-impots-directs",
                            "dgfip-remise-impots-directs: source_refs revueagricole10.com"
                                    + " (2 avril 2020)",
                            null,
                            "2020-04-02"),
                    unknownEnd(
                            "report-echeances-credits-bancaires",
                            "report-credits-bancaires: key_dates.announced, source_refs"
                                    + " zonebourse (15 avril 2020)",
                            "2020-03-16",
                            "2020-04-15"),
                    unknownEnd(
                            "report-echeances-fiscales",
                            "dgfip-report-echeances-fiscales: key_dates.announced, source_refs"
                                    + " revueagricole10.com (2 avril 2020)",
                            "2020-03-13",
                            "2020-04-02"),
                    unknownEnd(
                            "tarn-et-garonne-contribution-fonds-solidarite",
                            "cd82-contribution-fonds-solidarite: gives (convention du 30 avril"
                                    + " 2020)",
                            "2020-04-30",
                            "2020-04-30"),
                    unknownEnd(
                            "urssaf-report-cotisations-employeurs",
                            "urssaf-report-employeurs: key_dates.announced, eligibility"
                                    + " (échéance du 15 avril 2020)",
                            "2020-03-13",
                            "2020-04-15"));

    @Test
    void everyMeasureHasExactlyOneRow() {
        Site site = site(DAYS.get(0));
        assertEquals(
                new TreeSet<>(site.measures().stream().map(Measure::slug).toList()),
                new TreeSet<>(ROWS.stream().map(Row::slug).toList()));
        assertEquals(ROWS.size(), ROWS.stream().map(Row::slug).distinct().count());
    }

    @Test
    void eachMeasureHasTheDatesOfItsFacts() {
        Map<String, Measure> measures = bySlug(site(DAYS.get(0)));
        for (Row row : ROWS) {
            Measure m = measures.get(row.slug());
            assertEquals(row.opens(), m.opens(), row.slug() + " : ouverture (" + row.fact() + ")");
            assertEquals(row.closes(), m.closes(), row.slug() + " : clôture (" + row.fact() + ")");
            assertNull(
                    m.statusOverride(),
                    row.slug() + " : un statut forcé masquerait les dates des faits");
        }
    }

    @ParameterizedTest(name = "statuts au {0}")
    @ValueSource(strings = {"2020-04-01", "2020-05-01", "2020-06-15", "2020-12-31", "2021-06-30"})
    void everyStatusIsTheOneTheFactsGiveOnThatDay(String day) {
        LocalDate asOf = LocalDate.parse(day);
        int index = DAYS.indexOf(asOf);
        Map<String, Measure> measures = bySlug(site(asOf));
        Map<String, String> wrong = new TreeMap<>();
        for (Row row : ROWS) {
            Status status = measures.get(row.slug()).status();
            char expected = row.expected().charAt(index);
            boolean right =
                    switch (expected) {
                        case 'U' -> status == Status.UPCOMING;
                        case 'O' -> status.isOpen();
                        case 'C' -> status == Status.CLOSED;
                        default -> true; // '?': after the last sourced day, nothing is known
                    };
            if (!right) {
                wrong.put(
                        row.slug(),
                        status.label() + " au lieu de « " + expected + " » (" + row.fact() + ")");
            }
        }
        assertEquals(Map.of(), wrong, "statuts faux au " + day);
    }

    @Test
    void theRealContentBuildsOnEachDay(@TempDir Path dir) {
        for (LocalDate day : DAYS) {
            TestSite.Result result =
                    TestSite.run(
                            List.of(
                                    "build",
                                    "--content",
                                    CONTENT.toString(),
                                    "--templates",
                                    TestSite.TEMPLATES.toString(),
                                    "--out",
                                    dir.resolve(day.toString()).toString(),
                                    "--as-of",
                                    day.toString()));
            assertEquals(0, result.exitCode(), day + "\n" + result.err());
        }
    }

    @Test
    void theTableItselfIsConsistent() {
        for (Row row : ROWS) {
            assertEquals(DAYS.size(), row.expected().length(), row.slug());
            for (int i = 0; i < DAYS.size(); i++) {
                LocalDate day = DAYS.get(i);
                char expected = row.expected().charAt(i);
                // upcoming exactly before the opening, closed exactly after the closing
                assertEquals(
                        row.opens() != null && day.isBefore(row.opens()),
                        expected == 'U',
                        row.slug() + " au " + day);
                if (row.lastSourced() == null) {
                    assertEquals(
                            row.closes() != null && day.isAfter(row.closes()),
                            expected == 'C',
                            row.slug() + " au " + day);
                }
            }
            assertNotEquals(row.fact().strip(), "", row.slug());
        }
        assertTrue(ROWS.stream().anyMatch(r -> r.lastSourced() != null));
    }

    /** A measure whose opening and closing dates are sourced, with its status on each day. */
    private static Row dated(
            String slug, String fact, String opens, String closes, String expected) {
        return new Row(slug, fact, date(opens), date(closes), null, expected);
    }

    /**
     * A measure no source gives an end to: upcoming before {@code opens}, not closed up to {@code
     * lastSourced}, unknown after.
     */
    private static Row unknownEnd(String slug, String fact, String opens, String lastSourced) {
        LocalDate from = date(opens);
        LocalDate last = date(lastSourced);
        String expected =
                DAYS.stream()
                        .map(
                                d ->
                                        from != null && d.isBefore(from)
                                                ? "U"
                                                : d.isAfter(last) ? "?" : "O")
                        .collect(Collectors.joining());
        return new Row(slug, fact, from, null, last, expected);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Site site(LocalDate asOf) {
        Diagnostics diagnostics = new Diagnostics();
        BuildOptions options =
                new BuildOptions(
                        CONTENT, TestSite.TEMPLATES, Path.of("target/unused"), asOf, false, false);
        return new Pipeline()
                .validate(options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.sorted().toString()));
    }

    private static Map<String, Measure> bySlug(Site site) {
        return site.measures().stream()
                .collect(Collectors.toMap(Measure::slug, Function.identity()));
    }

    /**
     * @param expected one letter per day of {@link #DAYS}: {@code U} upcoming, {@code O} open or
     *     closing soon, {@code C} closed, {@code ?} unknown (no source after that day)
     * @param lastSourced for a measure without a sourced end, the last day a source shows it in
     *     force; null for a dated row
     */
    private record Row(
            String slug,
            String fact,
            LocalDate opens,
            LocalDate closes,
            LocalDate lastSourced,
            String expected) {}
}
