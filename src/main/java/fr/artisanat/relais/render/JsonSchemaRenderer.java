package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code mesures.schema.json}: the JSON Schema (draft 2020-12) of {@code mesures.json}, built from
 * {@link OpenDataFields} so that it always describes the file the build writes. Strict (every key
 * required, no other key allowed) so a reuser's validator notices when the format changes.
 */
final class JsonSchemaRenderer {
    private JsonSchemaRenderer() {}

    static OutputFile render(Site site) {
        String base = site.config().baseUrl();
        StringBuilder s = new StringBuilder();
        s.append("{\n")
                .append("  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n")
                .append("  \"$id\": ")
                .append(Markup.json(base + SitePaths.JSON_SCHEMA))
                .append(",\n  \"title\": ")
                .append(Markup.json("Mesures de soutien publiées par " + site.config().title()))
                .append(",\n  \"description\": ")
                .append(
                        Markup.json(
                                "Format du fichier "
                                        + SitePaths.JSON_EXPORT
                                        + ". Chaque champ est décrit sur la page "
                                        + SitePaths.absolute(base, SitePaths.openData())))
                .append(",\n");
        object(s, "  ", OpenDataFields.HEADER);
        s.append(",\n  \"$defs\": {\n    \"measure\": {\n");
        object(s, "      ", OpenDataFields.MEASURE);
        s.append("\n    }\n  }\n}\n");
        return new OutputFile(SitePaths.JSON_SCHEMA, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The members of an object schema: type, required keys, no other key, one line per key. */
    private static void object(StringBuilder s, String indent, List<OpenDataFields.Spec> specs) {
        s.append(indent)
                .append("\"type\": \"object\",\n")
                .append(indent)
                .append("\"additionalProperties\": false,\n")
                .append(indent)
                .append("\"required\": ")
                .append(
                        specs.stream()
                                .map(f -> Markup.json(f.key()))
                                .collect(Collectors.joining(", ", "[", "]")))
                .append(",\n")
                .append(indent)
                .append("\"properties\": {");
        String separator = "\n";
        for (OpenDataFields.Spec f : specs) {
            String schema = f.schema();
            // The description goes inside the field's own schema object.
            String described =
                    "{\"description\": "
                            + Markup.json(f.doc().description())
                            + ", "
                            + schema.substring(1);
            s.append(separator)
                    .append(indent)
                    .append("  ")
                    .append(Markup.json(f.key()))
                    .append(": ")
                    .append(described);
            separator = ",\n";
        }
        s.append("\n").append(indent).append("}");
    }
}
