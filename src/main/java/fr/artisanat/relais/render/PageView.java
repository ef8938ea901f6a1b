package fr.artisanat.relais.render;

/** An editorial page, ready to print. Read by templates; see docs/templates.md. */
public record PageView(
        String slug,
        String title,
        String summary,
        String bodyHtml,
        String updated,
        String updatedIso) {}
