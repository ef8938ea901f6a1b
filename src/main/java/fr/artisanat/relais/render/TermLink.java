package fr.artisanat.relais.render;

/** A link to a taxonomy term's page. Read by templates; see docs/templates.md. */
public record TermLink(String id, String name, String url) {}
