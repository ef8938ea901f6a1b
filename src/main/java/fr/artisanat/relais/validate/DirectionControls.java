package fr.artisanat.relais.validate;

import fr.artisanat.relais.model.SourcePosition;

/**
 * Invisible Unicode characters that reverse or isolate the direction of the text after them
 * (U+202A–U+202E, U+2066–U+2069). French text never needs them, and pasted into a title or a
 * paragraph they make the page show something other than what the file says ({@code
 * facture‮fdp.exe} reads « facture exe.pdf »), so the build refuses them where they are.
 */
final class DirectionControls {
    private DirectionControls() {}

    /** The index of the first direction control in {@code text}, or -1. */
    static int find(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return i;
            }
        }
        return -1;
    }

    /** The French message for the control at {@code index} of {@code text}. */
    static String message(String what, String text, int index) {
        return what
                + " : caractère invisible de sens d'écriture U+"
                + String.format("%04X", (int) text.charAt(index))
                + " refusé (il inverse l'affichage du texte qui le suit) — supprimez-le, par"
                + " exemple en retapant ce passage";
    }

    /** Reports the first direction control of a Markdown body at its line; true if there is one. */
    static boolean checkBody(
            String body, String file, int firstLine, fr.artisanat.relais.diagnostic.Diagnostics d) {
        int index = find(body);
        if (index < 0) {
            return false;
        }
        int line = firstLine;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        d.error(new SourcePosition(file, line, column), message("texte", body, index));
        return true;
    }
}
