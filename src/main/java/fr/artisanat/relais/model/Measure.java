package fr.artisanat.relais.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One support measure, validated, with its Markdown body already rendered to safe HTML (once, so
 * the page, the search index and the link check share it) and its status computed for the build
 * date. Optional fields are null when the editor left them out.
 */
public record Measure(
        String slug,
        String title,
        String summary,
        Level level,
        List<String> funders,
        List<String> categories,
        List<String> beneficiaries,
        List<String> territories,
        String amount,
        BigDecimal amountMax,
        LocalDate opens,
        LocalDate closes,
        Status statusOverride,
        Status status,
        String applyUrl,
        List<SourceRef> sources,
        String contact,
        LocalDate updated,
        LocalDate reviewed,
        List<String> tags,
        boolean draft,
        Body body,
        SourcePosition position) {

    public Measure {
        funders = List.copyOf(funders);
        categories = List.copyOf(categories);
        beneficiaries = List.copyOf(beneficiaries);
        territories = List.copyOf(territories);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }

    /** The date of the last check: {@code reviewed}, else {@code updated}. */
    public LocalDate lastChecked() {
        return reviewed != null && reviewed.isAfter(updated) ? reviewed : updated;
    }
}
