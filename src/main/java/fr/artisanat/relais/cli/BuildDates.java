package fr.artisanat.relais.cli;

import fr.artisanat.relais.model.DateRange;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The build date: {@code --as-of}, else {@code SOURCE_DATE_EPOCH} (reproducible builds), else today
 * in Paris. Either given date must be within {@link DateRange}: past year 9999 the calendar could
 * not even be written.
 */
final class BuildDates {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private BuildDates() {}

    static LocalDate resolve(String asOf, String sourceDateEpoch) throws UsageException {
        if (asOf != null) {
            LocalDate date;
            try {
                date = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new UsageException(
                        "--as-of : date invalide « " + asOf + " » (format attendu AAAA-MM-JJ)");
            }
            if (!DateRange.contains(date)) {
                throw new UsageException(
                        "--as-of : date « "
                                + asOf
                                + " » hors de la plage acceptée ("
                                + DateRange.describe()
                                + ")");
            }
            return date;
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            String seconds = sourceDateEpoch.strip();
            LocalDate date;
            try {
                date = Instant.ofEpochSecond(Long.parseLong(seconds)).atZone(PARIS).toLocalDate();
            } catch (NumberFormatException | DateTimeException e) {
                date = null;
            }
            if (date == null || !DateRange.contains(date)) {
                throw new UsageException(
                        "SOURCE_DATE_EPOCH invalide « "
                                + sourceDateEpoch
                                + " »"
                                + (date == null ? "" : " (le " + date + ")")
                                + " : un nombre de secondes depuis le 1er janvier 1970 est"
                                + " attendu, pour une date "
                                + DateRange.describe()
                                + " (par exemple celui de « git log -1 --format=%ct »)");
            }
            return date;
        }
        return LocalDate.now(PARIS);
    }
}
