package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.BodyLink;
import fr.artisanat.relais.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses that carry a user name or a password before the site's name ({@code
 * https://user:password@host/}). A browser sends whatever stands before the last {@code @} as a
 * login and goes to the host after it, so {@code https://www.impots.gouv.fr@evil.example/demande}
 * leads to {@code evil.example} while reading like the tax office; and a real login written there
 * would be published in the page, {@code mesures.json} and {@code mesures.csv}. A public address
 * never needs one, so every address the content gives is refused with one.
 */
final class UrlCredentials {
    /** A character of an authority as raw HTML may write it: itself or a character reference. */
    private static final String AUTHORITY_CHAR = "(?:&#?[a-z0-9]+;|[^\\s/?#<>\"'`()\\[\\]])";

    /** {@code scheme://authority@}, the authority ending at the path, query or fragment. */
    private static final Pattern IN_TEXT =
            Pattern.compile(
                    "(?i)(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*(?::|&#0*58;|&#x0*3a;|&colon;)//"
                            + AUTHORITY_CHAR
                            + "*(?:@|\uFF20|&#0*64;|&#x0*40;|&commat;)");

    private static final Pattern REFERENCE =
            Pattern.compile("(?i)&#x([0-9a-f]{1,6});?|&#([0-9]{1,7});?|&(colon|commat|sol|amp);");

    private UrlCredentials() {}

    /** The French message for {@code url} when it carries credentials. */
    static Optional<String> problem(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = Math.max(authority.lastIndexOf('@'), authority.lastIndexOf('\uFF20'));
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(
                message(
                        url.substring(0, start),
                        authority.substring(0, at),
                        authority.substring(at + 1),
                        url.substring(end)));
    }

    private static String message(String scheme, String userInfo, String host, String rest) {
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        // a password is never repeated, not even in a CI log
        String shownInfo = colon < 0 ? userInfo : user + ":•••";
        String shown = scheme + shownInfo + "@" + host + rest;
        return "adresse « "
                + shown
                + " » refusée : ce qui précède « @ » (« "
                + shownInfo
                + " ») n'est pas le nom du site mais un identifiant de connexion"
                + (colon < 0 ? "" : " avec son mot de passe")
                + " — le lien mènerait en réalité à « "
                + host
                + " »"
                + (colon < 0
                        ? ""
                        : ", et l'identifiant serait publié sur le portail et dans"
                                + " les données ouvertes")
                + ". Écrivez l'adresse publique du site, sans rien avant « @ »";
    }

    /**
     * Reports the addresses with credentials that a body holds outside its Markdown links (in raw
     * HTML, code, text), at their line and column. The links themselves were reported where they
     * were resolved, once decoded: an address that lies within such a link, on its line, is not
     * reported twice.
     *
     * @return whether any was reported
     */
    static boolean checkBody(
            String body, String file, int firstLine, List<BodyLink> links, Diagnostics d) {
        List<BodyLink> reportedLinks = new ArrayList<>();
        for (BodyLink link : links) {
            if (problem(link.destination()).isPresent()) {
                reportedLinks.add(link);
            }
        }
        Matcher m = IN_TEXT.matcher(body);
        boolean found = false;
        int line = firstLine;
        int lineStart = 0;
        int scanned = 0;
        while (m.find()) {
            for (int i = scanned; i < m.start(); i++) {
                if (body.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            scanned = m.start();
            int end = m.end();
            while (end < body.length()
                    && !Character.isWhitespace(body.charAt(end))
                    && "\"'<>()`".indexOf(body.charAt(end)) < 0) {
                end++;
            }
            String url = decode(body.substring(m.start(), end));
            int column = m.start() - lineStart + 1;
            Optional<String> problem = problem(url);
            if (problem.isPresent() && !coveredByLink(reportedLinks, url, line, column)) {
                d.error(new SourcePosition(file, line, column), problem.get());
                found = true;
            }
        }
        return found;
    }

    /**
     * Whether a reported link of the same address starts on this line before this column (the
     * nearest one, which is then used up).
     */
    private static boolean coveredByLink(List<BodyLink> links, String url, int line, int column) {
        BodyLink nearest = null;
        for (BodyLink link : links) {
            SourcePosition at = link.position();
            if (at.line() == line
                    && at.column() <= column
                    && authority(link.destination()).equals(authority(url))
                    && (nearest == null || at.column() > nearest.position().column())) {
                nearest = link;
            }
        }
        return nearest != null && links.remove(nearest);
    }

    /** Character references decoded, as a browser reads an attribute. */
    private static String decode(String raw) {
        Matcher m = REFERENCE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null || m.group(2) != null) {
                int cp =
                        m.group(1) != null
                                ? Integer.parseInt(m.group(1), 16)
                                : Integer.parseInt(m.group(2));
                replacement = Character.isValidCodePoint(cp) ? Character.toString(cp) : "";
            } else {
                replacement =
                        switch (m.group(3).toLowerCase(Locale.ROOT)) {
                            case "colon" -> ":";
                            case "commat" -> "@";
                            case "sol" -> "/";
                            default -> "&";
                        };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace('\uFF20', '@');
    }

    /** {@code scheme://user@host}, in lower case: the same address written two ways. */
    private static String authority(String url) {
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
