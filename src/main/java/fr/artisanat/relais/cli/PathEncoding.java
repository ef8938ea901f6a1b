package fr.artisanat.relais.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Optional;

/**
 * Java names files in the encoding of the system's language settings, read once at start-up. Under
 * {@code LANG=C} that is ASCII: a folder « Mesures-été » then cannot even be named (an {@code
 * InvalidPathException}), or arrives garbled and is reported « introuvable » although it exists.
 * The {@code ./relais} launcher switches to {@code C.UTF-8} for this reason; run otherwise, Relais
 * says precisely what is wrong instead.
 */
final class PathEncoding {
    private PathEncoding() {}

    /**
     * The French message when an argument or the current folder cannot be represented, or empty.
     *
     * @param encoding the JVM's file name encoding ({@code sun.jnu.encoding})
     */
    static Optional<String> problem(List<String> args, String currentFolder, String encoding) {
        Charset charset = charset(encoding);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return Optional.empty();
        }
        for (String arg : args) {
            if (!representable(arg, charset)) {
                return Optional.of(message("l'argument « " + arg + " »", encoding));
            }
        }
        if (currentFolder != null && !representable(currentFolder, charset)) {
            return Optional.of(message("le dossier courant « " + currentFolder + " »", encoding));
        }
        return Optional.empty();
    }

    /** The message for a path Java could not represent. */
    static String message(String what, String encoding) {
        String lang = System.getenv("LC_ALL");
        if (lang == null || lang.isEmpty()) {
            lang = System.getenv("LANG");
        }
        return what
                + " contient des caractères (accents…) que les réglages de langue du système ne"
                + " permettent pas de lire (encodage "
                + encoding
                + (lang == null || lang.isEmpty() ? "" : ", LANG=" + lang)
                + ") : lancez Relais par ./relais, qui s'en charge, ou exportez"
                + " LC_ALL=C.UTF-8 avant la commande";
    }

    private static boolean representable(String text, Charset charset) {
        // an argument that was not valid in the encoding arrives with U+FFFD in place of its bytes
        return text.indexOf('\uFFFD') < 0 && charset.newEncoder().canEncode(text);
    }

    private static Charset charset(String encoding) {
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
