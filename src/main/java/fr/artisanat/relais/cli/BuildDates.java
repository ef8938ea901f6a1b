package fr.artisanat.relais.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The build date: {@code --as-of}, else {@code SOURCE_DATE_EPOCH} (reproducible builds), else today
 * in Paris.
 */
final class BuildDates {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private BuildDates() {}

    static LocalDate resolve(String asOf, String sourceDateEpoch) throws UsageException {
        if (asOf != null) {
            try {
                return LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new UsageException(
                        "--as-of : date invalide « " + asOf + " » (format attendu AAAA-MM-JJ)");
            }
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()))
                        .atZone(PARIS)
                        .toLocalDate();
            } catch (NumberFormatException e) {
                throw new UsageException(
                        "SOURCE_DATE_EPOCH invalide « "
                                + sourceDateEpoch
                                + " » (un nombre de secondes est attendu)");
            }
        }
        return LocalDate.now(PARIS);
    }
}
