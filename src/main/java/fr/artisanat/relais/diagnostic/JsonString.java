package fr.artisanat.relais.diagnostic;

/**
 * A JSON string literal for the reports tools read ({@code relais report}, {@code relais check} and
 * the preview's error events). Every control character is escaped, so a value stays on one line,
 * and so are {@code <}, U+2028 and U+2029, so the JSON can also sit inside a page or an event
 * stream.
 */
public final class JsonString {
    private JsonString() {}

    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
