package fr.artisanat.relais.serve;

import fr.artisanat.relais.diagnostic.Diagnostic;
import fr.artisanat.relais.diagnostic.JsonString;
import java.util.List;

/**
 * The problems of a failed rebuild as one line of JSON, for the overlay of the preview tabs: {@code
 * {"summary":"1 erreur, …","problems":[{"file":…,"line":7,"column":3,"severity":"erreur",
 * "message":…,"text":"content/…:7:3: erreur : …"}]}}.
 */
final class ErrorJson {
    private ErrorJson() {}

    static String of(List<Diagnostic> diagnostics, String summary) {
        StringBuilder json = new StringBuilder("{\"summary\":").append(JsonString.quote(summary));
        json.append(",\"problems\":[");
        boolean first = true;
        for (Diagnostic d : diagnostics) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"file\":")
                    .append(JsonString.quote(d.position().file()))
                    .append(",\"line\":")
                    .append(d.position().line())
                    .append(",\"column\":")
                    .append(d.position().column())
                    .append(",\"severity\":")
                    .append(JsonString.quote(d.severity().label()))
                    .append(",\"message\":")
                    .append(JsonString.quote(d.message()))
                    .append(",\"text\":")
                    .append(JsonString.quote(d.format()))
                    .append('}');
        }
        return json.append("]}").toString();
    }
}
