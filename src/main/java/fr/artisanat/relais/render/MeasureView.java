package fr.artisanat.relais.render;

import java.util.List;

/** A measure as pages and lists show it. See docs/templates.md. */
public record MeasureView(
        String slug,
        String url,
        String title,
        String summary,
        String level,
        String levelLabel,
        String status,
        String statusLabel,
        String statusDetail,
        String amount,
        List<TermLink> funders,
        List<TermLink> categories,
        List<TermLink> beneficiaries,
        List<TermLink> territories,
        String opens,
        String opensIso,
        String closes,
        String closesIso,
        String applyUrl,
        List<SourceLink> sources,
        ChamberView contact,
        String updated,
        String updatedIso,
        String reviewed,
        String reviewedIso,
        List<String> tags,
        BodyHtml bodyHtml,
        boolean draft,
        String statusOverride,
        List<RevisionView> history,
        int historyCount,
        String historyUrl) {

    public MeasureView {
        funders = List.copyOf(funders);
        categories = List.copyOf(categories);
        beneficiaries = List.copyOf(beneficiaries);
        territories = List.copyOf(territories);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        history = List.copyOf(history);
    }
}
