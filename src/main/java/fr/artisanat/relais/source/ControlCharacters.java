package fr.artisanat.relais.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Control characters (Unicode category Cc, other than tab and line ends) in an editor's file. They
 * are invisible in an editor, yet ESC or form feed went as they were into the pages and {@code
 * mesures.csv}, and a NUL made SnakeYAML answer in English. They never belong in French text; they
 * arrive by copy and paste from another program. Each is reported at its line and column before the
 * file is parsed, and the build fails.
 */
final class ControlCharacters {
    /** More lines than this in one file are counted, not listed. */
    static final int MAX_REPORTED = 10;

    private static final Map<Integer, String> NAMES =
            Map.ofEntries(
                    Map.entry(0x00, "caractère nul, NUL"),
                    Map.entry(0x07, "sonnerie, BEL"),
                    Map.entry(0x08, "retour arrière, BS"),
                    Map.entry(0x0B, "tabulation verticale, VT"),
                    Map.entry(0x0C, "saut de page, FF"),
                    Map.entry(0x1B, "échappement, ESC"),
                    Map.entry(0x7F, "suppression, DEL"),
                    Map.entry(0x85, "passage à la ligne suivante, NEL"));

    /** One control character: 1-based line and column (in characters), and its code point. */
    record Found(int line, int column, int codePoint) {}

    private ControlCharacters() {}

    /** The first control character of each line that has one, in order. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int line = 1;
        int column = 1;
        boolean lineReported = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
                lineReported = false;
                continue;
            }
            if (!lineReported && isRefused(cp)) {
                found.add(new Found(line, column, cp));
                lineReported = true;
            }
            column++;
        }
        return found;
    }

    /** {@code text} with a space for each control character: lines and columns stay the same. */
    static String blank(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isRefused(c) ? ' ' : c);
        }
        return out.toString();
    }

    static boolean isRefused(int cp) {
        return Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r';
    }

    static String message(Found found) {
        String name = NAMES.getOrDefault(found.codePoint(), "caractère de contrôle");
        return "caractère invisible U+"
                + String.format("%04X", found.codePoint())
                + " ("
                + name
                + ") refusé : il ne s'affiche pas mais passerait dans les pages et les données"
                + " ouvertes (souvent un copier-coller depuis un autre logiciel) — supprimez-le,"
                + " par exemple en retapant ce passage";
    }
}
