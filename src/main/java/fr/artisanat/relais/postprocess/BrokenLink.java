package fr.artisanat.relais.postprocess;

/**
 * An internal link of the output that leads nowhere.
 *
 * @param page the generated page that holds the link ({@code mesures/pge/index.html})
 * @param href the link as written in the page
 * @param reason French explanation (« page introuvable », « ancre introuvable »)
 */
public record BrokenLink(String page, String href, String reason) {}
