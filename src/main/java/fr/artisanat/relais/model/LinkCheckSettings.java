package fr.artisanat.relais.model;

import java.util.List;

/**
 * The {@code link_check} settings of {@code site.yml}.
 *
 * @param perHost simultaneous requests to one host ({@code max_connections_per_host})
 * @param total simultaneous requests overall ({@code max_connections})
 */
public record LinkCheckSettings(
        List<String> exclude, int timeoutSeconds, int cacheDays, int perHost, int total) {
    public static final LinkCheckSettings DEFAULT = new LinkCheckSettings(List.of(), 10, 7, 2, 16);

    public LinkCheckSettings {
        exclude = List.copyOf(exclude);
    }
}
