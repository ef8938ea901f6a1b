package fr.artisanat.relais.linkcheck;

import java.time.Instant;

/**
 * The outcome of checking one address.
 *
 * @param httpStatus last HTTP status seen, 0 when there was none
 * @param newUrl where a permanent redirect leads, else null
 * @param message French explanation for the report (« introuvable (404) »)
 * @param checkedAt when the network answered (the cache's clock)
 * @param cached whether this result came from {@code .relais-cache/} rather than the network
 */
public record LinkResult(
        String url,
        LinkStatus status,
        int httpStatus,
        String newUrl,
        String message,
        Instant checkedAt,
        boolean cached) {

    LinkResult asCached() {
        return new LinkResult(url, status, httpStatus, newUrl, message, checkedAt, true);
    }
}
