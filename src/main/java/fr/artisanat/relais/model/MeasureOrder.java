package fr.artisanat.relais.model;

import java.time.LocalDate;
import java.util.Comparator;

/** The sort orders the portal shows measures in, defined once so every page agrees. */
public final class MeasureOrder {
    private MeasureOrder() {}

    /** Open first (closing soonest first), then upcoming, then closed; then by title. */
    public static final Comparator<Measure> BY_STATUS =
            Comparator.comparingInt((Measure m) -> m.status().rank())
                    .thenComparing(
                            m -> m.closes() == null ? LocalDate.MAX : m.closes(),
                            Comparator.naturalOrder())
                    .thenComparing(Measure::title)
                    .thenComparing(Measure::slug);

    /**
     * Closing soonest first, then by title, whatever the status: {@link #BY_STATUS} among open
     * measures, so the home page's open list keeps its order on any visitor's day.
     */
    public static final Comparator<Measure> BY_CLOSING =
            Comparator.comparing(
                            (Measure m) -> m.closes() == null ? LocalDate.MAX : m.closes(),
                            Comparator.naturalOrder())
                    .thenComparing(Measure::title)
                    .thenComparing(Measure::slug);

    /** Most recently updated first, then by title. */
    public static final Comparator<Measure> LATEST_FIRST =
            Comparator.comparing(Measure::updated, Comparator.reverseOrder())
                    .thenComparing(Measure::title)
                    .thenComparing(Measure::slug);
}
