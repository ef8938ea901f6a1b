package fr.artisanat.relais.render;

/** A link of the navigation or footer. Read by templates; see docs/templates.md. */
public record NavItem(String title, String url) {}
