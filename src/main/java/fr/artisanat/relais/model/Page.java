package fr.artisanat.relais.model;

import java.time.LocalDate;

/** An editorial page (à propos, accessibilité…). {@code menu} is null when not in the menu. */
public record Page(
        String slug,
        String title,
        String summary,
        Integer menu,
        LocalDate updated,
        Body body,
        SourcePosition position) {}
