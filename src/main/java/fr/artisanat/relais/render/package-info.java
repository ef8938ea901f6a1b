/**
 * Turns the {@link fr.artisanat.relais.model.Site} into output files: HTML pages through the
 * FreeMarker templates (which receive read-only view records built here), plus the sitemap, the
 * Atom feed, robots.txt and the open-data export. The only package that imports FreeMarker.
 */
package fr.artisanat.relais.render;
