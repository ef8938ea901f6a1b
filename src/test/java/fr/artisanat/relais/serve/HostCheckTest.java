package fr.artisanat.relais.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import fr.artisanat.relais.pipeline.BuildOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DNS-rebinding page reaches the preview on 127.0.0.1 but with its own name in {@code Host}: raw
 * requests (HttpClient will not forge a Host) show it gets 421 and no page, while the loopback
 * names the editor's browser uses still get the preview.
 */
class HostCheckTest {
    private static final String PAGE = "/mesures/pret-beta/";
    private static final String PAGE_TEXT = "Prêt bêta de la Région";

    @TempDir Path dir;
    private PreviewSession session;
    private int port;

    @BeforeEach
    void start() throws IOException {
        TestSite.minimal(dir);
        TestSite.copyTree(TestSite.TEMPLATES, dir.resolve("templates"));
        PrintStream quiet =
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        session =
                PreviewSession.start(
                        new BuildOptions(
                                dir.resolve("content"),
                                dir.resolve("templates"),
                                dir.resolve("apercu"),
                                LocalDate.parse(TestSite.AS_OF),
                                true,
                                false),
                        0,
                        quiet,
                        quiet);
        port = session.address().getPort();
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    @Test
    void refusesOtherHostsOnPagesAndTheReloadStream() throws IOException {
        String[] forged = {
            "evil.example",
            "evil.example:" + port,
            "127.0.0.1.evil.example:" + port,
            "localhost:" + (port == 1 ? 2 : port - 1),
            "localhost"
        };
        for (String path :
                new String[] {PAGE, ReloadBroadcaster.PATH, StaticFileHandler.RELOAD_SCRIPT}) {
            for (String host : forged) {
                String response = request(path, host);
                assertTrue(
                        response.startsWith("HTTP/1.1 421"), host + " " + path + ": " + response);
                assertTrue(response.contains("Hôte non autorisé : " + host), response);
                assertTrue(response.contains("L'aperçu ne répond qu'à localhost"), response);
                assertFalse(response.contains(PAGE_TEXT), response);
                assertFalse(response.contains("event:") || response.contains("data:"), response);
            }
        }
    }

    @Test
    void servesTheLoopbackNamesOfItsOwnPort() throws IOException {
        for (String host :
                new String[] {
                    "localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LocalHost:" + port
                }) {
            String response = request(PAGE, host);
            assertTrue(response.startsWith("HTTP/1.1 200"), host + ": " + response);
            assertTrue(response.contains(PAGE_TEXT), host);
            assertTrue(statusLine(ReloadBroadcaster.PATH, host).startsWith("HTTP/1.1 200"), host);
        }
    }

    /** Whole response of a request with the given Host, read until the server closes. */
    private String request(String path, String host) throws IOException {
        try (Socket socket = open()) {
            send(socket, path, host);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** First line only: an accepted event stream stays open. */
    private String statusLine(String path, String host) throws IOException {
        try (Socket socket = open()) {
            send(socket, path, host);
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString().trim();
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void send(Socket socket, String path, String host) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(
                ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
