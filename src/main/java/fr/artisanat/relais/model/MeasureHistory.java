package fr.artisanat.relais.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The public history of one measure's file in git.
 *
 * @param added the day the file was first committed, or null when git does not say
 * @param revisions its changes of substance, newest first
 */
public record MeasureHistory(LocalDate added, List<Revision> revisions) {
    public MeasureHistory {
        revisions = List.copyOf(revisions);
    }

    /**
     * The day of the last change of substance, else the day the file was added: the measure's
     * {@code updated} when the editor left it out. Null when git knows neither.
     */
    public LocalDate lastChange() {
        return revisions.isEmpty() ? added : revisions.get(0).date();
    }

    /** The revisions dated on or before {@code day}, newest first. */
    public List<Revision> asOf(LocalDate day) {
        return revisions.stream().filter(r -> !r.date().isAfter(day)).toList();
    }
}
