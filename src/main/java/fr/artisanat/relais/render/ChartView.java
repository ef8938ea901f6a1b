package fr.artisanat.relais.render;

import java.util.List;

/**
 * A bar chart of the « Chiffres » page and its table, with the geometry already computed (the
 * template only prints). See docs/templates.md.
 */
public record ChartView(
        String id,
        String title,
        String description,
        String labelHeader,
        String valueHeader,
        String note,
        SourceLink source,
        int width,
        int height,
        List<Bar> bars) {

    public ChartView {
        bars = List.copyOf(bars);
    }

    /**
     * One bar: its label and value as printed (in the chart and the table alike), the raw number,
     * and where to draw it.
     */
    public record Bar(
            String label,
            String value,
            String number,
            int labelY,
            int barY,
            String barWidth,
            String valueX,
            int valueY) {}
}
