package fr.artisanat.relais.model;

import java.util.List;
import java.util.Locale;

/**
 * An entry point of the home page named after what an artisan lives through (« Je manque de
 * trésorerie »), from {@code data/situations.yml}: it leads to the list of the measures it selects,
 * or to a page of the portal ({@code page}) such as the contacts.
 *
 * @param categories, beneficiaries, tags, measures what selects a measure: any one of them is
 *     enough (tags compared without regard to case)
 * @param page {@code contacts} or an editorial page's slug to open instead of a list; null for a
 *     list of measures
 */
public record Situation(
        String id,
        String title,
        String text,
        List<String> categories,
        List<String> beneficiaries,
        List<String> tags,
        List<String> measures,
        String page,
        SourcePosition position) {

    public Situation {
        categories = List.copyOf(categories);
        beneficiaries = List.copyOf(beneficiaries);
        tags = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        measures = List.copyOf(measures);
    }

    /** Whether this situation lists {@code m}. */
    public boolean selects(Measure m) {
        if (page != null) {
            return false;
        }
        return measures.contains(m.slug())
                || m.categories().stream().anyMatch(categories::contains)
                || m.beneficiaries().stream().anyMatch(beneficiaries::contains)
                || m.tags().stream().anyMatch(t -> tags.contains(t.toLowerCase(Locale.ROOT)));
    }
}
