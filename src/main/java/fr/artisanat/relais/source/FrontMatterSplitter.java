package fr.artisanat.relais.source;

/**
 * Splits a Markdown file into its YAML front matter (between a first line {@code ---} and the next
 * line {@code ---}) and its body.
 *
 * <pre>
 * ---                 line 1
 * title: Aide alpha   front matter, starting on line 2
 * ---
 * Corps…              body, bodyFirstLine = 4
 * </pre>
 */
final class FrontMatterSplitter {
    private FrontMatterSplitter() {}

    /** Either the two parts or the French reason they could not be told apart. */
    record Split(String frontMatter, String body, int bodyFirstLine, String error, int errorLine) {
        boolean ok() {
            return error == null;
        }
    }

    static Split split(String text) {
        if (text.isBlank()) {
            return failure(
                    "fichier vide : une mesure commence par une ligne « --- », ses champs"
                            + " (title, summary…), une ligne « --- », puis le texte",
                    1);
        }
        int firstEnd = text.indexOf('\n');
        String firstLine = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!firstLine.strip().equals("---")) {
            return failure(
                    "front matter absent : la première ligne doit être « --- », suivie des champs"
                            + " (title, summary…) et d'une autre ligne « --- » — l'avez-vous"
                            + " oubliée ?",
                    1);
        }
        int lineNumber = 1;
        int start = firstEnd + 1;
        int cursor = start;
        while (cursor <= text.length() && firstEnd >= 0) {
            int end = text.indexOf('\n', cursor);
            String line = end < 0 ? text.substring(cursor) : text.substring(cursor, end);
            lineNumber++;
            if (line.stripTrailing().equals("---")) {
                String frontMatter = text.substring(start, cursor);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Split(frontMatter, body, lineNumber + 1, null, 0);
            }
            if (end < 0) {
                break;
            }
            cursor = end + 1;
        }
        return failure(
                "front matter non fermé : ajoutez une ligne « --- » après le dernier champ (le"
                        + " bloc s'ouvre ligne 1 et ne se ferme jamais)",
                1);
    }

    private static Split failure(String message, int line) {
        return new Split(null, null, 0, message, line);
    }
}
