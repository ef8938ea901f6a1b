package fr.artisanat.relais.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When statuses change next: a status changes on a date, not on a commit, so a publishing job needs
 * to know the first day the built pages go stale ({@code next_change} of {@code build.json}).
 * Statuses only change on a measure's opening day, the first day of "ferme bientôt" ({@code closes}
 * minus {@link StatusCalculator#CLOSING_SOON_DAYS}) and the day after its closing date; each
 * candidate is confirmed with {@link StatusCalculator} itself, so overrides and short periods
 * follow the same rules as the pages.
 */
public final class StatusChanges {
    /** One measure's status changing on {@code date}. */
    public record Change(String slug, LocalDate date, Status from, Status to) {}

    private StatusChanges() {}

    /**
     * Every change on the first day after {@code asOf} on which any status changes, by slug; empty
     * when no status will ever change.
     */
    public static List<Change> next(List<Measure> measures, LocalDate asOf) {
        List<Change> changes = new ArrayList<>();
        for (Measure m : measures) {
            next(m.opens(), m.closes(), m.statusOverride(), asOf)
                    .ifPresent(
                            d ->
                                    changes.add(
                                            new Change(
                                                    m.slug(), d, at(m, d.minusDays(1)), at(m, d))));
        }
        Optional<LocalDate> first =
                changes.stream().map(Change::date).min(Comparator.naturalOrder());
        return changes.stream()
                .filter(c -> c.date().equals(first.orElse(null)))
                .sorted(Comparator.comparing(Change::slug))
                .toList();
    }

    /** The first day after {@code asOf} on which this status differs from the day before. */
    public static Optional<LocalDate> next(
            LocalDate opens, LocalDate closes, Status override, LocalDate asOf) {
        return Stream.of(
                        opens,
                        closes == null
                                ? null
                                : closes.minusDays(StatusCalculator.CLOSING_SOON_DAYS),
                        closes == null ? null : closes.plusDays(1))
                .filter(d -> d != null && d.isAfter(asOf))
                .sorted()
                .filter(
                        d ->
                                StatusCalculator.compute(opens, closes, override, d)
                                        != StatusCalculator.compute(
                                                opens, closes, override, d.minusDays(1)))
                .findFirst();
    }

    private static Status at(Measure m, LocalDate day) {
        return StatusCalculator.compute(m.opens(), m.closes(), m.statusOverride(), day);
    }
}
