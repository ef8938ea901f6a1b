package fr.artisanat.relais.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of the preview, on the loopback address only: the preview folder, the live-reload
 * script and the event stream. Built on the JDK's own HTTP server: the preview needs no framework.
 * Every route answers only to its own loopback host ({@link HostCheck}).
 */
final class PreviewServer {
    /** Thrown when the port is taken, so the command can say which one and what to do. */
    static final class PortInUseException extends IOException {
        private static final long serialVersionUID = 1L;

        PortInUseException(int port, BindException cause) {
            super("le port " + port + " est déjà utilisé", cause);
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService pings;
    private final ReloadBroadcaster broadcaster;

    PreviewServer(int port, Path root, ReloadBroadcaster broadcaster) throws IOException {
        this.broadcaster = broadcaster;
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
        } catch (BindException e) {
            throw new PortInUseException(port, e);
        }
        byte[] script = reloadScript();
        HostCheck hostCheck = new HostCheck(server.getAddress().getPort());
        server.createContext(ReloadBroadcaster.PATH, broadcaster::connect)
                .getFilters()
                .add(hostCheck);
        server.createContext(
                        StaticFileHandler.RELOAD_SCRIPT, exchange -> serveScript(exchange, script))
                .getFilters()
                .add(hostCheck);
        server.createContext("/", new StaticFileHandler(root)).getFilters().add(hostCheck);
        workers =
                Executors.newFixedThreadPool(
                        4,
                        r -> {
                            Thread t = new Thread(r, "relais-http");
                            t.setDaemon(true);
                            return t;
                        });
        server.setExecutor(workers);
        pings =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "relais-ping");
                            t.setDaemon(true);
                            return t;
                        });
    }

    void start() {
        server.start();
        pings.scheduleAtFixedRate(broadcaster::ping, 15, 15, TimeUnit.SECONDS);
    }

    URI address() {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/");
    }

    void stop() {
        pings.shutdownNow();
        broadcaster.closeAll();
        server.stop(0);
        workers.shutdownNow();
    }

    private static void serveScript(HttpExchange exchange, byte[] script) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            StaticFileHandler.send(exchange, 200, script);
        }
    }

    private static byte[] reloadScript() throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
            if (in == null) {
                throw new IOException("reload.js absent du jar de Relais");
            }
            return in.readAllBytes();
        }
    }
}
