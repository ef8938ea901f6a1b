package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Revision;
import java.util.List;

/**
 * One change of substance of a measure, as its history shows it: the day and, in French, what
 * changed on the page (never a commit message). See docs/templates.md.
 */
public record RevisionView(String date, String dateIso, List<String> changes) {
    public RevisionView {
        changes = List.copyOf(changes);
    }

    /** The first {@code limit} changes of a measure's history (newest first), for people. */
    static List<RevisionView> of(List<Revision> history, int limit, ChangeDescriber describer) {
        return history.stream()
                .limit(limit)
                .map(
                        r ->
                                new RevisionView(
                                        FrenchDates.format(r.date()),
                                        FrenchDates.iso(r.date()),
                                        r.changes().stream()
                                                .flatMap(c -> describer.describe(c).stream())
                                                .toList()))
                .toList();
    }
}
