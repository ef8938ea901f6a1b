package fr.artisanat.relais.serve;

import com.sun.net.httpserver.HttpExchange;
import fr.artisanat.relais.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The live-reload channel: every open preview tab holds one server-sent-events stream ({@code
 * /__relais/events}). After a good rebuild each tab gets {@code reload}; after a failed one, {@code
 * errors} with the problems as JSON, which the tab shows in an overlay. A tab that connects while
 * the content has errors gets them at once.
 */
final class ReloadBroadcaster {
    static final String PATH = "/__relais/events";

    private final List<HttpExchange> clients = new ArrayList<>();
    private String state = event("ok", "{}");
    private long builds;

    /** Keeps the exchange open and sends it the current state. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        synchronized (this) {
            clients.add(exchange);
            send(exchange, "retry: 1000\n\n" + state);
        }
    }

    /** Tells every tab to reload: the preview folder holds a new good build. */
    synchronized void reload() {
        builds++;
        state = event("ok", "{}");
        broadcast(event("reload", Long.toString(builds)));
    }

    /** Shows the problems in every tab, until the next good build. */
    synchronized void errors(List<Diagnostic> shown, String summary) {
        state = event("errors", ErrorJson.of(shown, summary));
        broadcast(state);
    }

    /** A comment line: lets dead connections be noticed and dropped. */
    synchronized void ping() {
        broadcast(": ping\n\n");
    }

    synchronized int clientCount() {
        return clients.size();
    }

    synchronized void closeAll() {
        for (HttpExchange exchange : clients) {
            exchange.close();
        }
        clients.clear();
    }

    private void broadcast(String message) {
        for (HttpExchange exchange : List.copyOf(clients)) {
            send(exchange, message);
        }
    }

    private void send(HttpExchange exchange, String message) {
        try {
            OutputStream body = exchange.getResponseBody();
            body.write(message.getBytes(StandardCharsets.UTF_8));
            body.flush();
        } catch (IOException e) {
            clients.remove(exchange); // the tab was closed
            exchange.close();
        }
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }
}
