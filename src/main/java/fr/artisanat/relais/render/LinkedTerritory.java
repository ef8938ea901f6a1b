package fr.artisanat.relais.render;

/**
 * A territory whose measures apply on a page but are counted and linked rather than listed there
 * (see {@link TerritoryListing}). Read by templates; see docs/templates.md.
 *
 * @param scope {@code nationales}, {@code régionales}: what its measures are called
 * @param url root-relative link to its page
 */
public record LinkedTerritory(String name, String scope, String url, int count) {}
