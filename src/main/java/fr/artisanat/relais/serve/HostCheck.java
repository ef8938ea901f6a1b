package fr.artisanat.relais.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, with 421, every request whose {@code Host} is not the loopback address and port the
 * preview listens on. Listening on 127.0.0.1 is not enough: a page on {@code evil.example} can
 * rebind its name to 127.0.0.1 (DNS rebinding) and then read the preview, unpublished drafts
 * included, as same-origin. Its requests still carry {@code Host: evil.example}, which is what this
 * filter checks, on every route, the live-reload stream included.
 */
final class HostCheck extends Filter {
    private final Set<String> allowed;

    HostCheck(int port) {
        this.allowed = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && allowed.contains(host.trim().toLowerCase(Locale.ROOT))) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            String shown = host == null ? "(aucun)" : printable(host);
            byte[] body =
                    ("Hôte non autorisé : " + shown + ". L'aperçu ne répond qu'à localhost.\n")
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            StaticFileHandler.send(exchange, 421, body);
        }
    }

    @Override
    public String description() {
        return "refuses hosts other than the loopback address and the preview's port";
    }

    /** Echoes the refused host without control characters, and not at any length. */
    private static String printable(String host) {
        String clean = host.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
