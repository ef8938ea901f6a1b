package fr.artisanat.relais.linkcheck;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Checks web addresses over HTTP without hammering official sites: HEAD first, GET when HEAD is
 * refused; redirects followed by hand (to count them, catch loops and notice permanent ones);
 * {@code 429}/{@code 503} wait for {@code Retry-After} and other 5xx back off, a bounded number of
 * times; at most {@code total} requests at once overall ({@link HttpExchanger} holds the per-host
 * limit).
 */
final class HttpLinkChecker {
    private final HttpSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpExchanger exchanger;

    HttpLinkChecker(HttpSettings settings, Sleeper sleeper, Clock clock) {
        this(settings, sleeper, clock, new HttpExchanger(settings));
    }

    HttpLinkChecker(HttpSettings settings, Sleeper sleeper, Clock clock, HttpExchanger exchanger) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        this.exchanger = exchanger;
    }

    /** Checks every address, {@code done} being told of each result as it arrives. */
    List<LinkResult> checkAll(List<String> urls, Consumer<LinkResult> done) {
        if (urls.isEmpty()) {
            return List.of();
        }
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Math.min(settings.total(), urls.size())));
        List<LinkResult> results = new ArrayList<>();
        try {
            List<Future<LinkResult>> futures = new ArrayList<>();
            for (String url : interleaveByHost(urls)) {
                futures.add(
                        pool.submit(
                                () -> {
                                    LinkResult r = check(url);
                                    done.accept(r);
                                    return r;
                                }));
            }
            for (Future<LinkResult> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("vérification d'un lien", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        results.sort(Comparator.comparing(LinkResult::url));
        return List.copyOf(results);
    }

    /** Spreads each host's addresses over the queue, so workers do not all wait on one host. */
    static List<String> interleaveByHost(List<String> urls) {
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            byHost.computeIfAbsent(HttpExchanger.hostKey(url), h -> new ArrayList<>()).add(url);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < urls.size(); i++) {
            for (List<String> list : byHost.values()) {
                if (i < list.size()) {
                    out.add(list.get(i));
                }
            }
        }
        return out;
    }

    LinkResult check(String url) {
        URI current;
        try {
            current = new URI(url);
        } catch (URISyntaxException e) {
            return result(url, LinkStatus.BROKEN, 0, null, "adresse mal formée");
        }
        Set<URI> seen = new HashSet<>();
        String movedTo = null;
        boolean onlyPermanent = true;
        int redirects = 0;
        while (true) {
            if (!seen.add(current)) {
                return result(
                        url,
                        LinkStatus.BROKEN,
                        0,
                        null,
                        "boucle de redirections (" + current + ")");
            }
            HttpExchanger.Exchange e = fetch(current);
            if (e.failure() != null) {
                return result(url, e.failure(), 0, null, e.message());
            }
            int s = e.status();
            if (isRedirect(s) && e.location() != null) {
                if (++redirects > settings.maxRedirects()) {
                    return result(
                            url,
                            LinkStatus.BROKEN,
                            s,
                            null,
                            "trop de redirections (plus de " + settings.maxRedirects() + ")");
                }
                URI next;
                try {
                    next = current.resolve(new URI(e.location()));
                } catch (URISyntaxException | IllegalArgumentException bad) {
                    return result(
                            url,
                            LinkStatus.UNCERTAIN,
                            s,
                            null,
                            "redirection vers une adresse mal formée « " + e.location() + " »");
                }
                onlyPermanent = onlyPermanent && (s == 301 || s == 308);
                if (onlyPermanent) {
                    movedTo = next.toString();
                }
                current = next;
                continue;
            }
            return classify(url, s, movedTo);
        }
    }

    private LinkResult classify(String url, int s, String movedTo) {
        if (s >= 200 && s < 300) {
            return movedTo == null
                    ? result(url, LinkStatus.OK, s, null, "accessible (" + s + ")")
                    : result(
                            url,
                            LinkStatus.MOVED,
                            s,
                            movedTo,
                            "déplacée définitivement vers "
                                    + movedTo
                                    + " : mettez l'adresse à jour");
        }
        if (s == 404) {
            return result(url, LinkStatus.BROKEN, s, null, "page introuvable (404)");
        }
        if (s == 410) {
            return result(url, LinkStatus.BROKEN, s, null, "page supprimée (410)");
        }
        if (s == 429 || s >= 500) {
            return result(
                    url,
                    LinkStatus.UNCERTAIN,
                    s,
                    null,
                    "le serveur répond encore "
                            + s
                            + " après "
                            + settings.maxRetries()
                            + " nouvelles tentatives");
        }
        if (isRedirect(s)) {
            return result(url, LinkStatus.UNCERTAIN, s, null, "redirection " + s + " sans adresse");
        }
        return result(url, LinkStatus.UNCERTAIN, s, null, "réponse inattendue (" + s + ")");
    }

    /** One address, with HEAD→GET fallback and bounded retries; no redirect following. */
    private HttpExchanger.Exchange fetch(URI uri) {
        HttpExchanger.Exchange last = null;
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            last = exchanger.exchange(uri, "HEAD");
            if (last.failure() == null && headRefused(last.status())) {
                last = exchanger.exchange(uri, "GET");
            }
            if (last.failure() != null || !retryable(last.status())) {
                return last;
            }
            if (attempt == settings.maxRetries()) {
                break;
            }
            try {
                sleeper.sleep(waitBeforeRetry(last, attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return HttpExchanger.Exchange.failed(
                        LinkStatus.UNCERTAIN, "vérification interrompue");
            }
        }
        return last;
    }

    /** Servers that refuse or mishandle HEAD: 405, 501, and other 4xx worth confirming by GET. */
    private static boolean headRefused(int status) {
        return status == 501 || (status >= 400 && status < 500 && status != 429);
    }

    private static boolean retryable(int status) {
        return status == 429 || (status >= 500 && status != 501);
    }

    private static boolean isRedirect(int s) {
        return s == 301 || s == 302 || s == 303 || s == 307 || s == 308;
    }

    /** {@code Retry-After} (seconds or a date) when given, else 1 s, 2 s, 4 s…; capped. */
    Duration waitBeforeRetry(HttpExchanger.Exchange e, int attempt) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempt, 10));
        if (e.retryAfter() != null) {
            String v = e.retryAfter().strip();
            try {
                wait = Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                    wait = Duration.between(clock.instant(), at.toInstant());
                    if (wait.isNegative()) {
                        wait = Duration.ZERO;
                    }
                } catch (DateTimeParseException ignored) {
                    // an unreadable Retry-After: keep the backoff
                }
            }
        }
        return wait.compareTo(settings.maxRetryWait()) > 0 ? settings.maxRetryWait() : wait;
    }

    private LinkResult result(
            String url, LinkStatus status, int http, String newUrl, String message) {
        return new LinkResult(url, status, http, newUrl, message, clock.instant(), false);
    }
}
