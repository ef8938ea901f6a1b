package fr.artisanat.relais.postprocess;

/**
 * An internal link of the output that leads nowhere.
 *
 * @param page the generated page that holds the link ({@code mesures/pge/index.html})
 * @param line the line of the page where the link's tag starts
 * @param href the link as written in the page
 * @param reason French explanation (« ancre introuvable », « page introuvable (…) »)
 */
public record BrokenLink(String page, int line, String href, String reason) {}
