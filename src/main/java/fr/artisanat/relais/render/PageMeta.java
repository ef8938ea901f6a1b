package fr.artisanat.relais.render;

/**
 * What the layout needs to know about the page it wraps. Read by templates; see docs/templates.md.
 */
public record PageMeta(
        String title, String description, String canonicalUrl, String section, String feedUrl) {}
