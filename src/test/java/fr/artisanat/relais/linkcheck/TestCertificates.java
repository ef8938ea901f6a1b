package fr.artisanat.relais.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A test certificate authority and server certificates made with the JDK's {@code keytool} (the JDK
 * has no public API to sign certificates): one good, one expired, one for another name, one
 * self-signed. Nothing leaves the temporary folder.
 */
final class TestCertificates {
    static final String PASSWORD = "motdepasse-de-test";

    private final Path dir;

    TestCertificates(Path dir) {
        this.dir = dir;
        keytool(
                "-genkeypair",
                "-alias",
                "ca",
                "-dname",
                "CN=Relais test CA",
                "-ext",
                "bc:c",
                "-validity",
                "30",
                "-keystore",
                store("ca"));
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "ca",
                "-keystore",
                store("ca"),
                "-file",
                dir.resolve("ca.pem").toString());
        signed("bon", "ip:127.0.0.1", null, "30");
        // valid for one day, ten days ago
        signed("expire", "ip:127.0.0.1", "-10d", "1");
        signed("autre-nom", "dns:autre.example", null, "30");
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "san=ip:127.0.0.1",
                "-validity",
                "30",
                "-keystore",
                store("auto-signe"));
    }

    /** A server certificate signed by the test authority, in its own key store {@code name}. */
    private void signed(String name, String san, String start, String days) {
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-dname",
                "CN=127.0.0.1",
                "-validity",
                "30",
                "-keystore",
                store(name));
        Path request = dir.resolve(name + ".csr");
        Path certificate = dir.resolve(name + ".pem");
        keytool(
                "-certreq",
                "-alias",
                "server",
                "-keystore",
                store(name),
                "-file",
                request.toString());
        List<String> sign =
                new ArrayList<>(
                        List.of(
                                "-gencert",
                                "-rfc",
                                "-alias",
                                "ca",
                                "-keystore",
                                store("ca"),
                                "-infile",
                                request.toString(),
                                "-outfile",
                                certificate.toString(),
                                "-ext",
                                "san=" + san,
                                "-validity",
                                days));
        if (start != null) {
            sign.addAll(List.of("-startdate", start));
        }
        keytool(sign.toArray(String[]::new));
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "ca",
                "-keystore",
                store(name),
                "-file",
                dir.resolve("ca.pem").toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "server",
                "-keystore",
                store(name),
                "-file",
                certificate.toString());
    }

    /** What a server presenting the certificate of store {@code name} uses. */
    SSLContext server(String name) {
        try (InputStream in = Files.newInputStream(Path.of(store(name)))) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            KeyManagerFactory kmf =
                    KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a client that trusts the test authority (and nothing else) uses. */
    SSLContext clientTrustingTheAuthority() {
        try (InputStream in = Files.newInputStream(dir.resolve("ca.pem"))) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry(
                    "ca",
                    java.security.cert.CertificateFactory.getInstance("X.509")
                            .generateCertificate(in));
            TrustManagerFactory tmf =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String store(String name) {
        return dir.resolve(name + ".p12").toString();
    }

    private void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.add("-J-XX:TieredStopAtLevel=1");
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keyalg", "EC"));
        }
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + command + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
