package fr.artisanat.relais.linkcheck;

import java.time.Duration;

/**
 * How politely and patiently addresses are checked.
 *
 * @param perHost simultaneous requests to one host (official sites throttle crawlers)
 * @param total simultaneous requests overall
 * @param maxRetries retries after 429, 503 or another 5xx
 * @param maxRetryWait the longest {@code Retry-After} honoured; longer ones are cut to it
 * @param maxRedirects redirects followed before giving up
 */
public record HttpSettings(
        Duration connectTimeout,
        Duration readTimeout,
        int perHost,
        int total,
        int maxRetries,
        Duration maxRetryWait,
        int maxRedirects,
        String userAgent) {

    public static HttpSettings defaults(int timeoutSeconds, int perHost, int total) {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        return new HttpSettings(
                timeout,
                timeout,
                perHost,
                total,
                3,
                Duration.ofSeconds(30),
                10,
                "Relais-verification-des-liens/1.0 (portail des CMA d'Occitanie)");
    }
}
