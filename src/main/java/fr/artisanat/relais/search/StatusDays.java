package fr.artisanat.relais.search;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Status;
import fr.artisanat.relais.model.StatusChanges;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the browser needs to rank open measures first on the day the page is read, as {@code
 * statut.js} recomputes the badges: the build day and the first day any status changes (in {@code
 * meta.js}); only a reader after that day loads {@code s.js}, every measure's dates, and recomputes
 * each status with the rules of {@code StatusCalculator}.
 */
final class StatusDays {
    private StatusDays() {}

    /** {@code [build day, first day a status changes or -1]}, in days since 1970-01-01. */
    static String days(LocalDate buildDate, List<Measure> docs) {
        Optional<LocalDate> next =
                StatusChanges.next(docs, buildDate).stream().findFirst().map(c -> c.date());
        return "["
                + buildDate.toEpochDay()
                + ","
                + next.map(LocalDate::toEpochDay).orElse(-1L)
                + "]";
    }

    /**
     * {@code ["dates", "overrides"]} for the measures open or upcoming on the build day (the first
     * ones in index order; a closed measure never opens again): for each, the days from the build
     * day to its opening and to its closing, plus one (0 when none, or when it opened before the
     * build), as {@link Base32Varint}, and one letter for its {@code status} override ({@code
     * o}pen, {@code u}pcoming, {@code c}losed, {@code -} none).
     */
    static String dates(LocalDate buildDate, List<Measure> docs) {
        StringBuilder dates = new StringBuilder();
        StringBuilder overrides = new StringBuilder();
        long built = buildDate.toEpochDay();
        for (Measure m : docs) {
            if (m.status().rank() == 2) {
                break;
            }
            long opens = m.opens() == null ? built : m.opens().toEpochDay();
            Base32Varint.append(dates, opens > built ? (int) (opens - built) + 1 : 0);
            // a closing date before the build day can only be an open override's, which it
            // does not change: the same as none
            long closes = m.closes() == null ? built - 1 : m.closes().toEpochDay();
            Base32Varint.append(dates, closes >= built ? (int) (closes - built) + 1 : 0);
            Status o = m.statusOverride();
            overrides.append(
                    o == null
                            ? '-'
                            : switch (o) {
                                case OPEN, CLOSING -> 'o';
                                case UPCOMING -> 'u';
                                case CLOSED -> 'c';
                            });
        }
        return "["
                + JsonText.quote(dates.toString())
                + ","
                + JsonText.quote(overrides.toString())
                + "]";
    }
}
