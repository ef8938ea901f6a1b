package fr.artisanat.relais.model;

import java.util.List;

/**
 * What one field of a measure said before and after a change, as the editor wrote it (dates as
 * {@code 2020-05-31}, ids, source titles). A scalar is a list of one value, an absent field an
 * empty list; the body's text is not kept (only the fact that it changed).
 */
public record MeasureChange(ChangedField field, List<String> before, List<String> after) {
    public MeasureChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
