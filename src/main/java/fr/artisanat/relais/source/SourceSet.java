package fr.artisanat.relais.source;

import fr.artisanat.relais.model.MeasureHistory;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code content/} holds, parsed and positioned, before validation. Data files that
 * could not be read are absent, and measures or pages that could not be read are present with null
 * {@code data} so that their slugs still exist (their diagnostics say why).
 *
 * @param site {@code site.yml}, or null when missing or unreadable
 * @param data data files by name ({@code funders})
 * @param measures measure files, by path
 * @param pages page files, by path
 * @param history the public history of each measure file by slug; empty outside git
 */
public record SourceSet(
        SourceDocument site,
        Map<String, SourceDocument> data,
        List<SourceDocument> measures,
        List<SourceDocument> pages,
        Map<String, MeasureHistory> history) {

    public SourceSet {
        data = Map.copyOf(data);
        measures = List.copyOf(measures);
        pages = List.copyOf(pages);
        history = Map.copyOf(history);
    }

    /** Sources without history (outside git). */
    public SourceSet(
            SourceDocument site,
            Map<String, SourceDocument> data,
            List<SourceDocument> measures,
            List<SourceDocument> pages) {
        this(site, data, measures, pages, Map.of());
    }
}
