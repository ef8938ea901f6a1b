package fr.artisanat.relais.search;

/**
 * Numbers as French typography writes them: groups of three digits after a space, a no-break space
 * (U+00A0) or a narrow no-break space (U+202F), « 1 500 », « 10 000 000 ». {@link FrenchAnalyzer}
 * reads such a number as one word ({@code 1500}), the way artisans type it, so « 1500 euros » finds
 * « jusqu'à 1 500 € » and « 500 » does not. {@code search-analyzer.js} has the same rules.
 */
final class NumberGroups {
    private NumberGroups() {}

    /**
     * Whether {@code s} is 1 to 3 ASCII digits once combining marks are left out (the browser folds
     * them away before it cuts words).
     */
    static boolean isGroup(String s) {
        int digits = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!FrenchAnalyzer.isMark(c)) {
                return false;
            }
        }
        return digits >= 1 && digits <= 3;
    }

    /**
     * The end of a group of three digits after a space at {@code i} (« 1 500 », with a plain,
     * no-break or narrow no-break space, as French typography writes numbers), or 0 when none: the
     * group must end the word, so « 1 5000 » and « 1 500-2 » are not one number.
     */
    static int thousands(String text, int i) {
        if (i >= text.length() || !isNumberSpace(text.charAt(i))) {
            return 0;
        }
        int k = i + 1;
        int digits = 0;
        while (k < text.length()) {
            int cp = text.codePointAt(k);
            if (cp >= '0' && cp <= '9' && digits < 3) {
                digits++;
            } else if (!FrenchAnalyzer.isMark(cp)) {
                break;
            }
            k += Character.charCount(cp);
        }
        if (digits < 3) {
            return 0;
        }
        if (k < text.length()) {
            int next = text.codePointAt(k);
            if (FrenchAnalyzer.isWordChar(next)
                    || FrenchAnalyzer.isApostrophe(next)
                    || FrenchAnalyzer.isHyphen(next)) {
                return 0;
            }
        }
        return k;
    }

    /** The spaces French typography puts inside numbers: plain, no-break, narrow no-break. */
    static boolean isNumberSpace(int cp) {
        return cp == ' ' || cp == '\u00a0' || cp == '\u202f';
    }
}
