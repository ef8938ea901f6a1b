package fr.artisanat.relais.linkcheck;

import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Says in French why a request got no answer, from the exception the HTTP client threw: the JDK's
 * words ({@code PKIX path building failed: unable to find valid certification path to requested
 * target}) tell an editor nothing. Certificates, the TLS handshake and the HTTP protocol each get
 * their own cause; what is left is quoted after « erreur réseau ».
 */
final class ConnectionFailures {
    private static final String NOT_HTTP =
            "erreur de protocole HTTP : le serveur a répondu quelque chose qui n'est pas une"
                    + " réponse HTTP valable";
    private static final String EXPIRED =
            "certificat du site expiré : les navigateurs affichent une alerte de sécurité";

    private ConnectionFailures() {}

    static String describe(IOException e) {
        String tls = tls(e);
        if (tls != null) {
            return tls;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return "pas de réponse dans le délai (le serveur ne répond plus)";
            }
            if (t instanceof ProtocolException || t instanceof EOFException) {
                return NOT_HTTP;
            }
        }
        String message = lowerMessages(e);
        if (message.contains("invalid status line")
                || message.contains("header parser received no bytes")
                || message.contains("bad header")
                || message.contains("eof reached")) {
            return NOT_HTTP;
        }
        if (message.contains("connection reset") || message.contains("broken pipe")) {
            return "connexion coupée par le serveur";
        }
        return "erreur réseau « " + e.getMessage() + " »";
    }

    /** The certificate or handshake problem, or null when {@code e} is not about TLS. */
    private static String tls(IOException e) {
        SSLException ssl = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return EXPIRED;
            }
            if (t instanceof CertificateNotYetValidException) {
                return "certificat du site pas encore valide (date de début dans le futur)";
            }
            if (t instanceof CertPathValidatorException v) {
                String reason = v.getReason().toString();
                if (reason.equals("EXPIRED")) {
                    return EXPIRED;
                }
                if (reason.equals("REVOKED")) {
                    return "certificat du site révoqué par son autorité";
                }
            }
            if (t instanceof CertPathBuilderException) {
                return "certificat du site non reconnu : il n'est signé par aucune autorité de"
                        + " confiance (certificat auto-signé, ou chaîne incomplète côté serveur) —"
                        + " vérifiez l'adresse dans un navigateur";
            }
            if (t instanceof SSLException s && ssl == null) {
                ssl = s;
            }
        }
        if (ssl == null) {
            return null;
        }
        String message = lowerMessages(ssl);
        if (message.contains("no subject alternative")
                || message.contains("no name matching")
                || message.contains("does not match")) {
            return "le certificat du site est établi pour un autre nom que celui de l'adresse"
                    + " (les navigateurs affichent une alerte de sécurité)";
        }
        if (message.contains("unrecognized ssl message")
                || message.contains("plaintext connection")) {
            return "erreur de protocole : le serveur ne répond pas en HTTPS à cette adresse";
        }
        int alert = message.indexOf("received fatal alert: ");
        if (alert >= 0) {
            String name = message.substring(alert + "received fatal alert: ".length()).strip();
            int end = name.indexOf(' ');
            return "échec de la négociation TLS : le serveur l'a interrompue (alerte « "
                    + (end < 0 ? name : name.substring(0, end))
                    + " »)";
        }
        if (message.contains("no appropriate protocol")
                || message.contains("protocol_version")
                || message.contains("no negotiable cipher")
                || message.contains("handshake_failure")) {
            return "échec de la négociation TLS : le serveur et Relais n'ont aucune version ou"
                    + " méthode de chiffrement en commun";
        }
        if (ssl instanceof SSLHandshakeException) {
            return "échec de la négociation TLS : le serveur a interrompu l'établissement de la"
                    + " connexion sécurisée";
        }
        return "erreur TLS (connexion sécurisée) « " + ssl.getMessage() + " »";
    }

    /** Every message of the cause chain, in lower case. */
    private static String lowerMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage().toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return all.toString();
    }
}
