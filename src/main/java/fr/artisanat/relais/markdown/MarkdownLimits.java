package fr.artisanat.relais.markdown;

/**
 * A bound on the work commonmark-java does for one body. Its inline parser scans from every {@code
 * <} (and, less badly, every {@code [}) to the end of the paragraph, so a paragraph of N such
 * characters costs N² steps: 40 000 {@code <} in a row take seconds, 400 000 take minutes. Real
 * paragraphs cost a few thousand steps; a body whose paragraphs add up to more than {@link #BUDGET}
 * is refused before parsing, at the paragraph that goes over.
 */
final class MarkdownLimits {
    /** About a second of parsing on a slow machine; a thousand times a long real measure. */
    static final long BUDGET = 200_000_000L;

    static final String TOO_COSTLY =
            "paragraphe trop long et chargé de « < » ou « [ » pour être mis en page (une page"
                    + " copiée d'un autre outil ?) : coupez-le par des lignes vides ou retirez ces"
                    + " caractères";

    private MarkdownLimits() {}

    /**
     * The 0-based line where the paragraph that exhausts the budget starts, or -1. A paragraph is a
     * run of non-blank lines; its cost is its length times its count of {@code <} and {@code [}.
     */
    static int firstLineOverBudget(String markdown) {
        long total = 0;
        int line = 0;
        int blockStart = -1;
        long length = 0;
        long openers = 0;
        boolean blank = true;
        for (int i = 0; i <= markdown.length(); i++) {
            char c = i < markdown.length() ? markdown.charAt(i) : '\n';
            if (c == '\n') {
                if (blank || i == markdown.length()) {
                    total += length * openers;
                    if (total > BUDGET) {
                        return blockStart;
                    }
                    length = 0;
                    openers = 0;
                    blockStart = -1;
                }
                line++;
                blank = true;
                continue;
            }
            if (blank && !Character.isWhitespace(c)) {
                blank = false;
                if (blockStart < 0) {
                    blockStart = line;
                }
            }
            length++;
            if (c == '<' || c == '[') {
                openers++;
            }
        }
        return -1;
    }
}
