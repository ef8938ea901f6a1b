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
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.net.ssl.SSLContext;

/**
 * Sends one request and reports its status line, or why there was none, in French. Holds the
 * per-host limit: at most {@code perHost} requests at once to a host. Bodies are never read (the
 * stream is closed as soon as the status arrives).
 */
final class HttpExchanger {
    private final HttpSettings settings;
    private final HttpClient client;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HttpExchanger(HttpSettings settings) {
        this(settings, null);
    }

    /**
     * @param tls the certificates to trust, for tests with a local HTTPS server; null for the
     *     system's
     */
    HttpExchanger(HttpSettings settings, SSLContext tls) {
        this.settings = settings;
        HttpClient.Builder builder =
                HttpClient.newBuilder()
                        .connectTimeout(settings.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.client = builder.build();
    }

    Exchange exchange(URI uri, String method) {
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
                    : Exchange.failed(LinkStatus.UNCERTAIN, ConnectionFailures.describe(e));
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

    static String hostKey(String url) {
        try {
            return hostKey(new URI(url));
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String hostKey(URI uri) {
        return Optional.ofNullable(uri.getHost()).orElse("") + ":" + uri.getPort();
    }

    /** One request's answer, or why there was none. */
    record Exchange(
            int status, String location, String retryAfter, LinkStatus failure, String message) {
        static Exchange failed(LinkStatus failure, String message) {
            return new Exchange(0, null, null, failure, message);
        }
    }
}
