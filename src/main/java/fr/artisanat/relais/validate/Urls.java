package fr.artisanat.relais.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Which addresses editors may write, and where. */
final class Urls {
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{1,30}");

    private Urls() {}

    /** An absolute http(s) URL with a host. */
    static boolean isWeb(String s) {
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && !s.chars().anyMatch(Character::isWhitespace);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isMailto(String s) {
        return s.toLowerCase(Locale.ROOT).startsWith("mailto:")
                && isEmail(s.substring(7).split("\\?")[0]);
    }

    static boolean isTel(String s) {
        return s.toLowerCase(Locale.ROOT).startsWith("tel:")
                && PHONE.matcher(s.substring(4)).matches();
    }

    static boolean isEmail(String s) {
        return EMAIL.matcher(s).matches();
    }

    static boolean hasScheme(String s) {
        return s.matches("(?i)[a-z][a-z0-9+.-]*:.*");
    }
}
