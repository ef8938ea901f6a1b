package fr.artisanat.relais.render;

/**
 * The two lexical rules of iCalendar (RFC 5545) that calendar programs are strict about: TEXT
 * escaping (section 3.3.11) and line folding at 75 octets with CRLF line ends (section 3.1).
 *
 * <pre>
 * line("SUMMARY", text("Clôture : prêt, avance; etc.")) → "SUMMARY:Clôture : prêt\, avance\; etc.\r\n"
 * </pre>
 */
final class ICalendarFormatter {
    static final int MAX_OCTETS = 75;

    private ICalendarFormatter() {}

    /** A TEXT value: {@code \ ; ,} and line breaks escaped, other control characters dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        String normalized = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * One content line, folded: no physical line is longer than 75 octets (CRLF excluded), each
     * continuation starts with a space, and a multi-byte UTF-8 character is never cut in two.
     */
    static String line(String name, String value) {
        String logical = name + ":" + value;
        StringBuilder out = new StringBuilder(logical.length() + 8);
        int octets = 0;
        for (int i = 0; i < logical.length(); ) {
            int cp = logical.codePointAt(i);
            int size = utf8Octets(cp);
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }

    /** The UTF-8 length of one code point (RFC 3629), without encoding it. */
    private static int utf8Octets(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
