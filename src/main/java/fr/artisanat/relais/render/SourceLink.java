package fr.artisanat.relais.render;

/** An official source of a measure. Read by templates; see docs/templates.md. */
public record SourceLink(String title, String url) {}
