package fr.artisanat.relais.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Checks web addresses over HTTP without hammering official sites: HEAD first, GET when HEAD is
 * refused; redirects followed by hand (to count them, catch loops and notice permanent ones);
 * {@code 429}/{@code 503} wait for {@code Retry-After} and other 5xx back off, a bounded number of
 * times; at most {@code perHost} requests at once to a host and {@code total} overall; bodies are
 * never read (a GET's stream is closed as soon as the status arrives).
 */
final class HttpLinkChecker {
    private final HttpSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient client;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HttpLinkChecker(HttpSettings settings, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        this.client =
                HttpClient.newBuilder()
                        .connectTimeout(settings.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
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
            byHost.computeIfAbsent(hostKey(url), h -> new ArrayList<>()).add(url);
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
            Exchange e = fetch(current);
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
    private Exchange fetch(URI uri) {
        Exchange last = null;
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            last = exchange(uri, "HEAD");
            if (last.failure() == null && headRefused(last.status())) {
                last = exchange(uri, "GET");
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
                return Exchange.failed(LinkStatus.UNCERTAIN, "vérification interrompue");
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
    Duration waitBeforeRetry(Exchange e, int attempt) {
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

    private Exchange exchange(URI uri, String method) {
        Semaphore host =
                hosts.computeIfAbsent(hostKey(uri), h -> new Semaphore(settings.perHost()));
        try {
            host.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Exchange.failed(LinkStatus.UNCERTAIN, "vérification interrompue");
        }
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(uri)
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .timeout(settings.readTimeout())
                            .header("User-Agent", settings.userAgent())
                            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                            .build();
            HttpResponse<InputStream> response =
                    client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // closing unread cancels the transfer: only the status line and headers are needed
            response.body().close();
            return new Exchange(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    null,
                    null);
        } catch (HttpConnectTimeoutException e) {
            return Exchange.failed(
                    LinkStatus.UNCERTAIN,
                    "connexion impossible en " + seconds(settings.connectTimeout()));
        } catch (HttpTimeoutException e) {
            return Exchange.failed(
                    LinkStatus.UNCERTAIN, "pas de réponse en " + seconds(settings.readTimeout()));
        } catch (ConnectException e) {
            return unknownHost(e)
                    ? Exchange.failed(LinkStatus.BROKEN, "nom de domaine inconnu")
                    : Exchange.failed(LinkStatus.UNCERTAIN, "connexion refusée");
        } catch (UnknownHostException e) {
            return Exchange.failed(LinkStatus.BROKEN, "nom de domaine inconnu");
        } catch (IOException e) {
            return unknownHost(e)
                    ? Exchange.failed(LinkStatus.BROKEN, "nom de domaine inconnu")
                    : Exchange.failed(LinkStatus.UNCERTAIN, "erreur réseau : " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return Exchange.failed(LinkStatus.BROKEN, "adresse non vérifiable : " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Exchange.failed(LinkStatus.UNCERTAIN, "vérification interrompue");
        } finally {
            host.release();
        }
    }

    private static boolean unknownHost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String hostKey(String url) {
        try {
            return hostKey(new URI(url));
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String hostKey(URI uri) {
        return Optional.ofNullable(uri.getHost()).orElse("") + ":" + uri.getPort();
    }

    private LinkResult result(
            String url, LinkStatus status, int http, String newUrl, String message) {
        return new LinkResult(url, status, http, newUrl, message, clock.instant(), false);
    }

    /** One request's answer, or why there was none. */
    record Exchange(
            int status, String location, String retryAfter, LinkStatus failure, String message) {
        static Exchange failed(LinkStatus failure, String message) {
            return new Exchange(0, null, null, failure, message);
        }
    }
}
