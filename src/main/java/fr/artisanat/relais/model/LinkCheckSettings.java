package fr.artisanat.relais.model;

import java.util.List;

/** The {@code link_check} settings of {@code site.yml}. */
public record LinkCheckSettings(List<String> exclude, int timeoutSeconds, int cacheDays) {
    public static final LinkCheckSettings DEFAULT = new LinkCheckSettings(List.of(), 10, 7);

    public LinkCheckSettings {
        exclude = List.copyOf(exclude);
    }
}
