package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Revision;
import java.util.List;

/** One change of a measure's file, as its history shows it. See docs/templates.md. */
public record RevisionView(String date, String dateIso, String subject) {

    /** The first {@code limit} changes of a measure's history (newest first), for people. */
    static List<RevisionView> of(List<Revision> history, int limit) {
        return history.stream()
                .limit(limit)
                .map(
                        r ->
                                new RevisionView(
                                        FrenchDates.format(r.date()),
                                        FrenchDates.iso(r.date()),
                                        r.subject()))
                .toList();
    }
}
