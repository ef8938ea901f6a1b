package fr.artisanat.relais.postprocess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Reads the link attributes and ids of a generated page in one pass over its text, without building
 * a DOM: the internal check runs on every build, over tens of thousands of pages, and a full jsoup
 * parse of each page cost a third of the build. The pages come from our own templates and
 * sanitiser, so a tokenizer for tags and attributes is enough; it still skips comments, doctype,
 * {@code <script>} and {@code <style>} contents, and decodes character references in attribute
 * values.
 *
 * <pre>
 * scan("&lt;a href=\"../x/index.html#a\"&gt;&lt;h2 id=\"b\"&gt;")
 *   → links [../x/index.html#a at 0], ids [b]
 * </pre>
 */
final class HtmlLinkScanner {
    private HtmlLinkScanner() {}

    static PageLinks scan(String html) {
        List<PageLinks.PageLink> links = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = html.length();
        int i = 0;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (next == '!' || next == '?' || next == '/') {
                int end = html.indexOf('>', lt);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (!isAsciiLetter(next)) {
                i = lt + 1;
                continue;
            }
            i = tag(html, lt, links, ids);
        }
        return new PageLinks(List.copyOf(links), Set.copyOf(ids));
    }

    /** Reads one start tag from {@code lt}; returns where scanning resumes. */
    private static int tag(String html, int lt, List<PageLinks.PageLink> links, Set<String> ids) {
        int n = html.length();
        int j = lt + 1;
        while (j < n && isNameChar(html.charAt(j))) {
            j++;
        }
        String tag = html.substring(lt + 1, j).toLowerCase(Locale.ROOT);
        while (j < n) {
            char c = html.charAt(j);
            if (c == '>') {
                j++;
                break;
            }
            if (Character.isWhitespace(c) || c == '/') {
                j++;
                continue;
            }
            int nameStart = j;
            while (j < n && !isAttributeEnd(html.charAt(j))) {
                j++;
            }
            String name = html.substring(nameStart, j).toLowerCase(Locale.ROOT);
            while (j < n && Character.isWhitespace(html.charAt(j))) {
                j++;
            }
            String value = null;
            if (j < n && html.charAt(j) == '=') {
                j++;
                while (j < n && Character.isWhitespace(html.charAt(j))) {
                    j++;
                }
                int valueStart;
                int valueEnd;
                if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    valueStart = j + 1;
                    valueEnd = html.indexOf(html.charAt(j), valueStart);
                    if (valueEnd < 0) {
                        valueEnd = n;
                    }
                    j = Math.min(n, valueEnd + 1);
                } else {
                    valueStart = j;
                    while (j < n
                            && !Character.isWhitespace(html.charAt(j))
                            && html.charAt(j) != '>') {
                        j++;
                    }
                    valueEnd = j;
                }
                value = html.substring(valueStart, valueEnd);
                if (value.indexOf('&') >= 0) {
                    value = Parser.unescapeEntities(value, true);
                }
            }
            if (value != null) {
                attribute(tag, name, value, lt, links, ids);
            }
        }
        if (tag.equals("script") || tag.equals("style")) {
            int close = indexOfIgnoreCase(html, "</" + tag, j);
            return close < 0 ? n : close;
        }
        return j;
    }

    private static void attribute(
            String tag,
            String name,
            String value,
            int offset,
            List<PageLinks.PageLink> links,
            Set<String> ids) {
        switch (name) {
            case "href", "src" -> links.add(new PageLinks.PageLink(value.strip(), offset));
            case "srcset" -> {
                for (String candidate : value.split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        links.add(new PageLinks.PageLink(url, offset));
                    }
                }
            }
            case "id" -> ids.add(value);
            case "name" -> {
                if (tag.equals("a")) {
                    ids.add(value);
                }
            }
            default -> {}
        }
    }

    /** 1-based line of {@code offset} in {@code text}. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        int limit = text.length() - needle.length();
        for (int k = from; k <= limit; k++) {
            if (text.regionMatches(true, k, needle, 0, needle.length())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isAttributeEnd(char c) {
        return Character.isWhitespace(c) || c == '=' || c == '>' || c == '/';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }
}
