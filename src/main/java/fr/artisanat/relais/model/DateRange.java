package fr.artisanat.relais.model;

import java.time.LocalDate;

/**
 * The dates Relais accepts, in the content ({@code opens}, {@code closes}, {@code updated}…) and as
 * the build date ({@code --as-of}, {@code SOURCE_DATE_EPOCH}): from 2000-01-01 to 2099-12-31.
 *
 * <p>The portal relays measures from 2020 on; the lower bound leaves room for older schemes still
 * running, the upper one for long-term loans. Outside it a date is a mistyped year (2202, 1920,
 * 9999 for "no end"), which would otherwise reach artisans' calendars, the statuses and the
 * open-data files. Four-digit years also keep every format the site writes valid: the calendar's
 * {@code 20991231}, ISO dates in JSON and CSV.
 */
public final class DateRange {
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private DateRange() {}

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** « du 2000-01-01 au 2099-12-31 », for messages. */
    public static String describe() {
        return "du " + FIRST + " au " + LAST;
    }
}
