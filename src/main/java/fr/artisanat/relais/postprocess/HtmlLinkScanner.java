package fr.artisanat.relais.postprocess;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Reads the link attributes and ids of a generated page in one pass over its UTF-8 bytes, without
 * building a DOM or even decoding the page: the internal check runs on every build, over tens of
 * thousands of pages, and a full jsoup parse of each page cost about a third of the build. The
 * pages come from our own templates and sanitiser, so a tokenizer for tags and attributes is
 * enough; it still skips comments, doctype, {@code <script>} and {@code <style>} contents, and
 * decodes character references in attribute values. Every byte it looks for is ASCII, which never
 * occurs inside a multi-byte UTF-8 sequence.
 *
 * <pre>
 * scan("&lt;a href=\"../x/index.html#a\"&gt;&lt;h2 id=\"b\"&gt;")
 *   → links [../x/index.html#a at 0], ids [b]
 * </pre>
 */
final class HtmlLinkScanner {
    private static final byte[] COMMENT_END = ascii("-->");
    private static final byte[] SCRIPT_END = ascii("</script");
    private static final byte[] STYLE_END = ascii("</style");

    private HtmlLinkScanner() {}

    static PageLinks scan(String html) {
        return scan(html.getBytes(StandardCharsets.UTF_8));
    }

    static PageLinks scan(byte[] html) {
        List<PageLinks.PageLink> links = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = html.length;
        int i = 0;
        while (true) {
            int lt = indexOf(html, (byte) '<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            byte next = html[lt + 1];
            if (next == '!' && lt + 3 < n && html[lt + 2] == '-' && html[lt + 3] == '-') {
                int end = indexOf(html, COMMENT_END, lt + 4, false);
                i = end < 0 ? n : end + 3;
            } else if (next == '!' || next == '?' || next == '/') {
                int end = indexOf(html, (byte) '>', lt);
                i = end < 0 ? n : end + 1;
            } else if (isAsciiLetter(next)) {
                i = tag(html, lt, links, ids);
            } else {
                i = lt + 1;
            }
        }
        return new PageLinks(List.copyOf(links), Set.copyOf(ids));
    }

    /** Reads one start tag from {@code lt}; returns where scanning resumes. */
    private static int tag(byte[] html, int lt, List<PageLinks.PageLink> links, Set<String> ids) {
        int n = html.length;
        int j = lt + 1;
        while (j < n && isNameChar(html[j])) {
            j++;
        }
        int tagStart = lt + 1;
        int tagEnd = j;
        while (j < n) {
            byte c = html[j];
            if (c == '>') {
                j++;
                break;
            }
            if (isSpace(c) || c == '/') {
                j++;
                continue;
            }
            int nameStart = j;
            while (j < n && !isAttributeEnd(html[j])) {
                j++;
            }
            int nameEnd = j;
            while (j < n && isSpace(html[j])) {
                j++;
            }
            if (j >= n || html[j] != '=') {
                continue;
            }
            j++;
            while (j < n && isSpace(html[j])) {
                j++;
            }
            int valueStart;
            int valueEnd;
            if (j < n && (html[j] == '"' || html[j] == '\'')) {
                valueStart = j + 1;
                valueEnd = indexOf(html, html[j], valueStart);
                if (valueEnd < 0) {
                    valueEnd = n;
                }
                j = Math.min(n, valueEnd + 1);
            } else {
                valueStart = j;
                while (j < n && !isSpace(html[j]) && html[j] != '>') {
                    j++;
                }
                valueEnd = j;
            }
            attribute(
                    html,
                    tagStart,
                    tagEnd,
                    nameStart,
                    nameEnd,
                    valueStart,
                    valueEnd,
                    lt,
                    links,
                    ids);
        }
        if (is(html, tagStart, tagEnd, "script")) {
            int close = indexOf(html, SCRIPT_END, j, true);
            return close < 0 ? n : close;
        }
        if (is(html, tagStart, tagEnd, "style")) {
            int close = indexOf(html, STYLE_END, j, true);
            return close < 0 ? n : close;
        }
        return j;
    }

    private static void attribute(
            byte[] html,
            int tagStart,
            int tagEnd,
            int nameStart,
            int nameEnd,
            int valueStart,
            int valueEnd,
            int offset,
            List<PageLinks.PageLink> links,
            Set<String> ids) {
        if (is(html, nameStart, nameEnd, "href") || is(html, nameStart, nameEnd, "src")) {
            links.add(new PageLinks.PageLink(value(html, valueStart, valueEnd).strip(), offset));
        } else if (is(html, nameStart, nameEnd, "srcset")) {
            for (String candidate : value(html, valueStart, valueEnd).split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) {
                    links.add(new PageLinks.PageLink(url, offset));
                }
            }
        } else if (is(html, nameStart, nameEnd, "id")
                || (is(html, nameStart, nameEnd, "name") && is(html, tagStart, tagEnd, "a"))) {
            ids.add(value(html, valueStart, valueEnd));
        }
    }

    private static String value(byte[] html, int start, int end) {
        String value = new String(html, start, end - start, StandardCharsets.UTF_8);
        return value.indexOf('&') >= 0 ? unescape(value) : value;
    }

    /**
     * Decodes the references our templates and Markdown write in attributes ({@code &amp;}, {@code
     * &quot;}, {@code &#39;}…), and hands any other to jsoup: loading jsoup's parser and entity
     * tables for a {@code &amp;} in a URL took a quarter of a second of a small site's build.
     */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int semi = c == '&' ? value.indexOf(';', i) : -1;
            if (semi < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = value.substring(i + 1, semi);
            int decoded = decoded(name);
            if (decoded < 0) {
                return Parser.unescapeEntities(value, true);
            }
            out.appendCodePoint(decoded);
            i = semi + 1;
        }
        return out.toString();
    }

    /** The code point of a common reference's name ({@code amp}, {@code #39}), or -1. */
    private static int decoded(String name) {
        switch (name) {
            case "amp":
                return '&';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            case "lt":
                return '<';
            case "gt":
                return '>';
            default:
                break;
        }
        if (name.length() < 2 || name.length() > 8 || name.charAt(0) != '#') {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty()
                || !digits.chars().allMatch(d -> Character.digit(d, hex ? 16 : 10) >= 0)) {
            return -1;
        }
        try {
            int cp = Integer.parseInt(digits, hex ? 16 : 10);
            // jsoup decides about NUL, surrogates and the C1 controls
            return cp >= 0x20 && cp < 0x7f
                            || cp >= 0xa0 && cp < 0xd800
                            || cp > 0xdfff && cp <= 0x10ffff
                    ? cp
                    : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** 1-based line of {@code offset} in {@code html}. */
    static int lineOf(byte[] html, int offset) {
        int line = 1;
        for (int k = 0; k < offset && k < html.length; k++) {
            if (html[k] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whether bytes {@code [start, end)} spell the lower-case ASCII {@code name}, in any case. */
    private static boolean is(byte[] html, int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            int c = html[start + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] html, byte b, int from) {
        for (int k = from; k < html.length; k++) {
            if (html[k] == b) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] html, byte[] needle, int from, boolean ignoreCase) {
        int limit = html.length - needle.length;
        outer:
        for (int k = from; k <= limit; k++) {
            for (int m = 0; m < needle.length; m++) {
                int c = html[k + m];
                if (ignoreCase && c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != needle[m]) {
                    continue outer;
                }
            }
            return k;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isAttributeEnd(byte c) {
        return isSpace(c) || c == '=' || c == '>' || c == '/';
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(byte c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }
}
