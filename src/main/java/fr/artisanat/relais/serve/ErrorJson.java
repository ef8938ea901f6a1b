package fr.artisanat.relais.serve;

import fr.artisanat.relais.diagnostic.Diagnostic;
import java.util.List;

/**
 * The problems of a failed rebuild as one line of JSON, for the overlay of the preview tabs: {@code
 * {"summary":"1 erreur, …","problems":[{"file":…,"line":7,"column":3,"severity":"erreur",
 * "message":…,"text":"content/…:7:3: erreur : …"}]}}.
 */
final class ErrorJson {
    private ErrorJson() {}

    static String of(List<Diagnostic> diagnostics, String summary) {
        StringBuilder json = new StringBuilder("{\"summary\":").append(string(summary));
        json.append(",\"problems\":[");
        boolean first = true;
        for (Diagnostic d : diagnostics) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"file\":")
                    .append(string(d.position().file()))
                    .append(",\"line\":")
                    .append(d.position().line())
                    .append(",\"column\":")
                    .append(d.position().column())
                    .append(",\"severity\":")
                    .append(string(d.severity().label()))
                    .append(",\"message\":")
                    .append(string(d.message()))
                    .append(",\"text\":")
                    .append(string(d.format()))
                    .append('}');
        }
        return json.append("]}").toString();
    }

    /** A JSON string; escapes every control character so the event stays on one line. */
    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
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
