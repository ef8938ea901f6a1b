package fr.artisanat.relais.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures of one status group of a list, for pages that show the open ones first, then those to
 * come, then the closed ones, each with its count. Read by templates; see docs/templates.md.
 *
 * @param key {@code open} (open or closing soon), {@code upcoming} or {@code closed}
 * @param title the group's heading, without its count
 */
public record StatusGroup(String key, String title, List<MeasureView> measures) {

    public StatusGroup {
        measures = List.copyOf(measures);
    }

    /**
     * The three groups of {@code measures}, in the order open, upcoming, closed, empty ones
     * included: a page prints them all (the empty ones hidden) so that a measure whose status
     * changes after the build can move to its group in the reader's browser.
     */
    static List<StatusGroup> of(List<MeasureView> measures) {
        List<MeasureView> open = new ArrayList<>();
        List<MeasureView> upcoming = new ArrayList<>();
        List<MeasureView> closed = new ArrayList<>();
        for (MeasureView m : measures) {
            switch (m.status()) {
                case "open", "closing" -> open.add(m);
                case "upcoming" -> upcoming.add(m);
                default -> closed.add(m);
            }
        }
        return List.of(
                new StatusGroup("open", "Ouvertes", open),
                new StatusGroup("upcoming", "À venir", upcoming),
                new StatusGroup("closed", "Closes", closed));
    }
}
