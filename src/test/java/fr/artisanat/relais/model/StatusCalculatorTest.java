package fr.artisanat.relais.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusCalculatorTest {
    private static final LocalDate OPENS = LocalDate.of(2020, 4, 1);
    private static final LocalDate CLOSES = LocalDate.of(2020, 7, 31);

    private static Status at(String date) {
        return StatusCalculator.compute(OPENS, CLOSES, null, LocalDate.parse(date));
    }

    @Test
    void isUpcomingBeforeOpens() {
        assertEquals(Status.UPCOMING, at("2020-03-31"));
    }

    @Test
    void isOpenFromTheDayItOpens() {
        assertEquals(Status.OPEN, at("2020-04-01"));
        assertEquals(Status.OPEN, at("2020-06-30"));
    }

    @Test
    void isClosingWithinThirtyDaysOfCloses() {
        assertEquals(Status.OPEN, at("2020-06-30")); // 31 days before
        assertEquals(Status.CLOSING, at("2020-07-01")); // 30 days before
        assertEquals(Status.CLOSING, at("2020-07-30"));
    }

    @Test
    void isStillClosingOnTheDayItCloses() {
        assertEquals(Status.CLOSING, at("2020-07-31"));
    }

    @Test
    void isClosedAfterCloses() {
        assertEquals(Status.CLOSED, at("2020-08-01"));
    }

    @Test
    void isOpenWithoutDates() {
        assertEquals(
                Status.OPEN, StatusCalculator.compute(null, null, null, LocalDate.of(2020, 1, 1)));
    }

    @Test
    void isClosingWhenOpensIsNearerThanThirtyDaysToCloses() {
        LocalDate opens = LocalDate.of(2020, 4, 1);
        LocalDate closes = LocalDate.of(2020, 4, 15);
        assertEquals(
                Status.UPCOMING,
                StatusCalculator.compute(opens, closes, null, LocalDate.of(2020, 3, 31)));
        assertEquals(Status.CLOSING, StatusCalculator.compute(opens, closes, null, opens));
    }

    @Test
    void overrideWinsOverTheDates() {
        LocalDate during = LocalDate.of(2020, 5, 1);
        LocalDate after = LocalDate.of(2020, 9, 1);
        assertEquals(Status.CLOSED, StatusCalculator.compute(OPENS, CLOSES, Status.CLOSED, during));
        assertEquals(
                Status.UPCOMING, StatusCalculator.compute(OPENS, CLOSES, Status.UPCOMING, during));
        assertEquals(Status.OPEN, StatusCalculator.compute(OPENS, CLOSES, Status.OPEN, after));
    }

    @Test
    void openOverrideStillShowsClosingSoon() {
        assertEquals(
                Status.CLOSING,
                StatusCalculator.compute(OPENS, CLOSES, Status.OPEN, LocalDate.of(2020, 7, 20)));
    }
}
