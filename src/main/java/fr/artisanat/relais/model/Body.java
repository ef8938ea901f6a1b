package fr.artisanat.relais.model;

import java.util.List;

/**
 * A Markdown body and what rendering it produced.
 *
 * @param markdown the text as written
 * @param html safe HTML, with cross-references already turned into relative links
 * @param text the body as plain text (for search and descriptions)
 * @param links every link of the body, with where it was written
 */
public record Body(String markdown, String html, String text, List<BodyLink> links) {
    public Body {
        links = List.copyOf(links);
    }
}
