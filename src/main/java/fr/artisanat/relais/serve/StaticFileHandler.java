package fr.artisanat.relais.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Serves the preview folder: the right {@code Content-Type}, {@code 404.html} for missing pages,
 * {@code ETag} and {@code Last-Modified} so that a reload re-downloads only what changed, and
 * nothing outside the folder — no {@code ..} segment (decoded or not), no hidden file, no symbolic
 * link that leads out. HTML responses get the live-reload script, which is never in the files
 * themselves.
 */
final class StaticFileHandler implements HttpHandler {
    static final String RELOAD_SCRIPT = "/__relais/reload.js";
    private static final String SCRIPT_TAG =
            "<script src=\"" + RELOAD_SCRIPT + "\" defer></script>";

    private final Path root;

    StaticFileHandler(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "méthode non permise\n");
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            if (path == null || !path.startsWith("/") || !safe(path)) {
                text(exchange, 400, "adresse refusée\n");
                return;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                text(exchange, 400, "adresse refusée\n");
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                    exchange.getResponseHeaders().set("Location", uri.getRawPath() + "/" + query);
                    text(exchange, 301, "");
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!inside(file)) {
                notFound(exchange);
                return;
            }
            serve(exchange, file, 200);
        }
    }

    /** No {@code .} or {@code ..} segment, no hidden file, no backslash or control character. */
    private static boolean safe(String path) {
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.startsWith(".") || segment.contains("\\")) {
                return false;
            }
            if (segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == ':')) {
                return false;
            }
        }
        return true;
    }

    /** A regular file whose real location, links followed, is inside the preview folder. */
    private boolean inside(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        return file.toRealPath().startsWith(root.toRealPath());
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS)) {
            serve(exchange, page, 404);
        } else {
            text(exchange, 404, "page introuvable\n");
        }
    }

    private void serve(HttpExchange exchange, Path file, int status) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        Instant modified = attrs.lastModifiedTime().toInstant();
        String etag =
                "\""
                        + Long.toHexString(attrs.size())
                        + "-"
                        + Long.toHexString(modified.toEpochMilli())
                        + "\"";
        String name = file.getFileName().toString();
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", ContentTypes.of(name));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-cache");
        if (status == 200) {
            headers.set("ETag", etag);
            headers.set("Last-Modified", httpDate(modified));
            if (notModified(exchange, etag, modified)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
        }
        byte[] body = Files.readAllBytes(file);
        if (name.endsWith(".html")) {
            body = withReloadScript(body);
        }
        send(exchange, status, body);
    }

    private static boolean notModified(HttpExchange exchange, String etag, Instant modified) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since =
                        ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant();
                return modified.getEpochSecond() <= since.getEpochSecond();
            } catch (DateTimeParseException e) {
                return false; // an unreadable date: send the file
            }
        }
        return false;
    }

    /** The page with the live-reload script before {@code </head>}. */
    static byte[] withReloadScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String lower = page.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("</head>");
        if (at < 0) {
            at = lower.indexOf("</body>");
        }
        String injected =
                at < 0
                        ? page + SCRIPT_TAG
                        : page.substring(0, at) + SCRIPT_TAG + page.substring(at);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    static void text(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
