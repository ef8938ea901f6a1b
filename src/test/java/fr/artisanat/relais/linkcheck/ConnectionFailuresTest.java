package fr.artisanat.relais.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a link could not be checked, said in French with its cause, from real TLS handshakes and
 * broken servers on 127.0.0.1: the JDK's words ({@code PKIX path building failed}) never reach the
 * report.
 */
class ConnectionFailuresTest {
    @TempDir static Path keys;

    private static TestCertificates certificates;

    private final List<AutoCloseable> servers = new ArrayList<>();

    @BeforeAll
    static void makeCertificates() {
        certificates = new TestCertificates(keys);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable s : servers) {
            s.close();
        }
    }

    private static HttpLinkChecker checker(SSLContext trust) {
        HttpSettings settings =
                new HttpSettings(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5),
                        2,
                        4,
                        0,
                        Duration.ZERO,
                        10,
                        "test");
        return new HttpLinkChecker(
                settings, d -> {}, Clock.systemUTC(), new HttpExchanger(settings, trust));
    }

    /** An HTTPS server on 127.0.0.1 presenting the certificate of {@code store}. */
    private String https(String store, boolean needClientCertificate) {
        try {
            HttpsServer server =
                    HttpsServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
            SSLContext context = certificates.server(store);
            server.setHttpsConfigurator(
                    new HttpsConfigurator(context) {
                        @Override
                        public void configure(HttpsParameters params) {
                            SSLParameters p = context.getDefaultSSLParameters();
                            p.setNeedClientAuth(needClientCertificate);
                            if (needClientCertificate) {
                                // in TLS 1.3 the refusal comes after the handshake, as a closed
                                // connection; in 1.2 it is an alert during the handshake
                                p.setProtocols(new String[] {"TLSv1.2"});
                            }
                            params.setSSLParameters(p);
                        }
                    });
            server.createContext(
                    "/",
                    exchange -> {
                        exchange.sendResponseHeaders(200, -1);
                        exchange.close();
                    });
            server.start();
            servers.add(() -> server.stop(0));
            return "https://127.0.0.1:" + server.getAddress().getPort() + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertUncertain(LinkResult r, String message) {
        assertEquals(LinkStatus.UNCERTAIN, r.status(), r.message());
        assertEquals(message, r.message());
    }

    @Test
    void checksAnAddressWhoseCertificateIsTrusted() {
        LinkResult r =
                checker(certificates.clientTrustingTheAuthority()).check(https("bon", false));

        assertEquals(LinkStatus.OK, r.status(), r.message());
    }

    @Test
    void saysACertificateFromAnUnknownAuthorityIsNotTrustedInsteadOfPkixPathBuilding() {
        String notRecognised =
                "certificat du site non reconnu : il n'est signé par aucune autorité de confiance"
                        + " (certificat auto-signé, ou chaîne incomplète côté serveur) — vérifiez"
                        + " l'adresse dans un navigateur";

        // the system's authorities do not know the test one
        assertUncertain(checker(null).check(https("bon", false)), notRecognised);
        assertUncertain(
                checker(certificates.clientTrustingTheAuthority())
                        .check(https("auto-signe", false)),
                notRecognised);
    }

    @Test
    void saysACertificateHasExpired() {
        assertUncertain(
                checker(certificates.clientTrustingTheAuthority()).check(https("expire", false)),
                "certificat du site expiré : les navigateurs affichent une alerte de sécurité");
    }

    @Test
    void saysACertificateIsForAnotherName() {
        assertUncertain(
                checker(certificates.clientTrustingTheAuthority()).check(https("autre-nom", false)),
                "le certificat du site est établi pour un autre nom que celui de l'adresse (les"
                        + " navigateurs affichent une alerte de sécurité)");
    }

    @Test
    void saysTheServerBrokeOffTheHandshake() {
        // a server that wants a client certificate Relais does not have
        LinkResult r = checker(certificates.clientTrustingTheAuthority()).check(https("bon", true));

        assertUncertain(
                r,
                "échec de la négociation TLS : le serveur a interrompu l'établissement de la"
                        + " connexion sécurisée");
    }

    @Test
    void saysAServerThatDoesNotSpeakHttpsIsAProtocolError() throws IOException {
        try (ServerSocket socket = answering("HTTP/1.1 400 Bad Request\r\n\r\n")) {
            assertUncertain(
                    checker(null).check("https://127.0.0.1:" + socket.getLocalPort() + "/"),
                    "erreur de protocole : le serveur ne répond pas en HTTPS à cette adresse");
        }
    }

    @Test
    void saysAnAnswerThatIsNotHttpIsAProtocolError() throws IOException {
        try (ServerSocket socket = answering("SSH-2.0-OpenSSH_8.4\r\n\r\n")) {
            assertUncertain(
                    checker(null).check("http://127.0.0.1:" + socket.getLocalPort() + "/"),
                    "erreur de protocole HTTP : le serveur a répondu quelque chose qui n'est pas"
                            + " une réponse HTTP valable");
        }
    }

    /** A server on 127.0.0.1 that sends {@code text} to whoever connects, then hangs up. */
    private static ServerSocket answering(String text) throws IOException {
        ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread answer =
                new Thread(
                        () -> {
                            while (!socket.isClosed()) {
                                try (Socket s = socket.accept();
                                        OutputStream out = s.getOutputStream()) {
                                    out.write(text.getBytes(StandardCharsets.US_ASCII));
                                    out.flush();
                                    s.shutdownOutput();
                                    s.getInputStream().read(new byte[4096]);
                                } catch (IOException e) {
                                    // closed by the test, or the client hung up
                                }
                            }
                        });
        answer.setDaemon(true);
        answer.start();
        return socket;
    }

    @Test
    void neverLetsTheJdksEnglishThrough() {
        for (String store : List.of("bon", "expire", "autre-nom", "auto-signe")) {
            String message = checker(null).check(https(store, false)).message();
            assertFalse(message.contains("PKIX") || message.contains("Exception"), message);
        }
    }
}
