package fr.artisanat.relais.linkcheck;

import fr.artisanat.relais.model.SourcePosition;
import java.util.List;

/**
 * One distinct external address of the content, with every place an editor wrote it.
 *
 * @param url as written ({@code https://…}, {@code mailto:…}, {@code tel:…})
 * @param origins where it appears, in file then line order
 */
public record ExternalLink(String url, List<SourcePosition> origins) {
    public ExternalLink {
        origins = List.copyOf(origins);
    }
}
