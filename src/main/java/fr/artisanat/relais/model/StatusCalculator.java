package fr.artisanat.relais.model;

import java.time.LocalDate;

/**
 * Computes a measure's status against the build date, as the content model defines it: upcoming
 * before {@code opens}, closed after {@code closes}, open otherwise, unless {@code status}
 * overrides it. An open measure within {@value #CLOSING_SOON_DAYS} days of its closing date is
 * shown as closing soon.
 */
public final class StatusCalculator {
    public static final int CLOSING_SOON_DAYS = 30;

    private StatusCalculator() {}

    public static Status compute(
            LocalDate opens, LocalDate closes, Status override, LocalDate asOf) {
        Status base;
        if (override != null) {
            base = override;
        } else if (opens != null && asOf.isBefore(opens)) {
            base = Status.UPCOMING;
        } else if (closes != null && asOf.isAfter(closes)) {
            base = Status.CLOSED;
        } else {
            base = Status.OPEN;
        }
        if (base == Status.OPEN
                && closes != null
                && !asOf.isAfter(closes)
                && !asOf.plusDays(CLOSING_SOON_DAYS).isBefore(closes)) {
            return Status.CLOSING;
        }
        return base;
    }
}
