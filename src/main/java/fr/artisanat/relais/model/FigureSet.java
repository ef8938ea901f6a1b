package fr.artisanat.relais.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One series of published figures by territory ({@code data/chiffres.yml}), shown as a bar chart
 * with its table on the « Chiffres » page.
 *
 * @param unit {@code nombre} or {@code euros}
 * @param label the heading of the values' column ({@code Aides versées})
 * @param asOf the day the figures were published for
 * @param source where the figures come from
 */
public record FigureSet(
        String id,
        String name,
        String description,
        String unit,
        String label,
        LocalDate asOf,
        SourceRef source,
        List<Value> values,
        SourcePosition position) {

    /** One territory's value. */
    public record Value(String territory, BigDecimal value) {}

    public FigureSet {
        values = List.copyOf(values);
    }

    public boolean euros() {
        return "euros".equals(unit);
    }
}
