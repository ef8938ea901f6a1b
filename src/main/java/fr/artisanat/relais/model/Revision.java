package fr.artisanat.relais.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One change of substance of a measure, as its public history lists it: the day it was committed
 * (in Paris, so the same commits always give the same pages) and what it changed on the page. A
 * commit that changes nothing a reader sees, or that its author marked as a correction, is no
 * revision.
 */
public record Revision(LocalDate date, List<MeasureChange> changes) {
    public Revision {
        changes = List.copyOf(changes);
    }
}
