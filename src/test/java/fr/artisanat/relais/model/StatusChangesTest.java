package fr.artisanat.relais.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusChangesTest {
    private static final LocalDate OPENS = LocalDate.of(2020, 5, 10);
    private static final LocalDate CLOSES = LocalDate.of(2020, 7, 31);

    private static Optional<LocalDate> next(
            LocalDate opens, LocalDate closes, Status override, String asOf) {
        return StatusChanges.next(opens, closes, override, LocalDate.parse(asOf));
    }

    private static Optional<LocalDate> day(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    @Test
    void beforeTheOpeningTheNextChangeIsTheOpening() {
        assertEquals(day("2020-05-10"), next(OPENS, CLOSES, null, "2020-04-15"));
        assertEquals(day("2020-05-10"), next(OPENS, CLOSES, null, "2020-05-09"));
    }

    @Test
    void whenOpenTheNextChangeIsTheStartOfClosingSoon() {
        // 2020-07-01 is the first day of "ferme bientôt" (30 days before closes)
        assertEquals(day("2020-07-01"), next(OPENS, CLOSES, null, "2020-05-10"));
        assertEquals(day("2020-07-01"), next(OPENS, CLOSES, null, "2020-06-30"));
    }

    @Test
    void whenClosingSoonTheNextChangeIsTheDayAfterClosing() {
        assertEquals(day("2020-08-01"), next(OPENS, CLOSES, null, "2020-07-01"));
        assertEquals(day("2020-08-01"), next(OPENS, CLOSES, null, "2020-07-31"));
    }

    @Test
    void aClosedMeasureNeverChangesAgain() {
        assertEquals(Optional.empty(), next(OPENS, CLOSES, null, "2020-08-01"));
    }

    @Test
    void aShortPeriodGoesStraightFromUpcomingToClosingSoon() {
        LocalDate opens = LocalDate.of(2020, 5, 10);
        LocalDate closes = LocalDate.of(2020, 5, 20);
        assertEquals(day("2020-05-10"), next(opens, closes, null, "2020-04-15"));
        assertEquals(Status.CLOSING, StatusCalculator.compute(opens, closes, null, opens));
        assertEquals(day("2020-05-21"), next(opens, closes, null, "2020-05-10"));
    }

    @Test
    void withoutDatesOrWithAClosedOrUpcomingOverrideNothingChanges() {
        assertEquals(Optional.empty(), next(null, null, null, "2020-04-15"));
        assertEquals(Optional.empty(), next(OPENS, CLOSES, Status.CLOSED, "2020-04-15"));
        assertEquals(Optional.empty(), next(OPENS, CLOSES, Status.UPCOMING, "2020-04-15"));
    }

    @Test
    void anOpenOverrideStillEntersClosingSoonThenShowsOpenAfterTheDate() {
        // the override ignores opens, but not the "ferme bientôt" window (StatusCalculator)
        assertEquals(day("2020-07-01"), next(OPENS, CLOSES, Status.OPEN, "2020-04-15"));
        assertEquals(day("2020-08-01"), next(OPENS, CLOSES, Status.OPEN, "2020-07-01"));
        assertEquals(Optional.empty(), next(OPENS, CLOSES, Status.OPEN, "2020-08-01"));
    }

    @Test
    void onlyAClosingDateMeansClosingSoonThenClosed() {
        assertEquals(day("2020-07-01"), next(null, CLOSES, null, "2020-04-15"));
    }

    @Test
    void aChangeOnTheBuildDateItselfIsAlreadyPublished() {
        assertEquals(day("2020-07-01"), next(OPENS, CLOSES, null, "2020-05-10"));
    }

    @Test
    void theSiteWideNextChangeIsTheEarliestWithEveryMeasureChangingThatDay() {
        List<Measure> measures =
                List.of(
                        measure("b-ferme", null, LocalDate.of(2020, 5, 1), null),
                        measure("a-ouvre", LocalDate.of(2020, 5, 2), null, null),
                        measure("c-close", null, LocalDate.of(2020, 4, 30), null),
                        measure("d-forcee", LocalDate.of(2020, 5, 1), null, Status.CLOSED));
        List<StatusChanges.Change> next = StatusChanges.next(measures, LocalDate.of(2020, 4, 15));
        assertEquals(
                List.of(
                        new StatusChanges.Change(
                                "c-close",
                                LocalDate.of(2020, 5, 1),
                                Status.CLOSING,
                                Status.CLOSED)),
                next);
        next = StatusChanges.next(measures, LocalDate.of(2020, 5, 1));
        assertEquals(
                List.of(
                        new StatusChanges.Change(
                                "a-ouvre", LocalDate.of(2020, 5, 2), Status.UPCOMING, Status.OPEN),
                        new StatusChanges.Change(
                                "b-ferme",
                                LocalDate.of(2020, 5, 2),
                                Status.CLOSING,
                                Status.CLOSED)),
                next);
        assertEquals(List.of(), StatusChanges.next(measures, LocalDate.of(2020, 5, 2)));
    }

    private static Measure measure(
            String slug, LocalDate opens, LocalDate closes, Status override) {
        return new Measure(
                slug,
                slug,
                "résumé",
                Level.NATIONAL,
                List.of("etat"),
                List.of("subventions"),
                List.of(),
                List.of("france"),
                null,
                (BigDecimal) null,
                opens,
                closes,
                override,
                StatusCalculator.compute(opens, closes, override, LocalDate.of(2020, 4, 15)),
                null,
                List.of(),
                null,
                LocalDate.of(2020, 4, 1),
                null,
                List.of(),
                false,
                null,
                null);
    }
}
