package fr.artisanat.relais.linkcheck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on 127.0.0.1 for one test, counting the requests each path receives. */
final class LocalServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    LocalServer() {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.start();
    }

    /** Serves {@code path}; the handler is told how many requests came before this one. */
    LocalServer on(String path, Handler handler) {
        server.createContext(
                path,
                exchange -> {
                    int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
                    try (exchange) {
                        handler.handle(exchange, n);
                    }
                });
        return this;
    }

    /** Answers {@code status} with an optional header, no body. */
    static Handler status(int status, String... header) {
        return (exchange, n) -> {
            if (header.length == 2) {
                exchange.getResponseHeaders().add(header[0], header[1]);
            }
            exchange.sendResponseHeaders(status, -1);
        };
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange, int previousRequests) throws IOException;
    }
}
