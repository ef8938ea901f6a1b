package fr.artisanat.relais.search;

/**
 * Jacques Savoy's light stemmer for French (the "UniNE" algorithm of <i>Light Stemming Approaches
 * for the French, Portuguese, German and Hungarian Languages</i>, 2006), the one Lucene ships as
 * {@code FrenchLightStemmer}. It conflates plurals, feminines and common derivations ({@code
 * prêts}, {@code prêt} → {@code pret}; {@code garantie}, {@code garanti} → {@code garant}) without
 * a dictionary.
 *
 * <p>It runs here on words already folded by {@link FrenchAnalyzer} (no accents), so the rules
 * Savoy writes with {@code è}/{@code é} are matched on their folded spelling: a word typed with or
 * without accents gives the same stem. {@code search-analyzer.js} implements the same rules in the
 * same order.
 */
final class FrenchLightStemmer {

    String stem(String word) {
        char[] s = word.toCharArray();
        int len = s.length;

        if (len > 5 && s[len - 1] == 'x') {
            if (s[len - 3] == 'a' && s[len - 2] == 'u' && s[len - 4] != 'e') {
                s[len - 2] = 'l';
            }
            len--;
        }
        if (len > 3 && s[len - 1] == 'x') {
            len--;
        }
        if (len > 3 && s[len - 1] == 's') {
            len--;
        }
        len = suffixes(s, len);
        return new String(s, 0, len);
    }

    /** The derivational rules; each either returns through {@link #norm} or falls through. */
    private static int suffixes(char[] s, int len) {
        if (len > 9 && ends(s, len, "issement")) {
            len -= 6;
            s[len - 1] = 'r';
            return norm(s, len);
        }
        if (len > 8 && ends(s, len, "issant")) {
            len -= 4;
            s[len - 1] = 'r';
            return norm(s, len);
        }
        if (len > 6 && ends(s, len, "ement")) {
            len -= 4;
            if (len > 3 && ends(s, len, "ive")) {
                len--;
                s[len - 1] = 'f';
            }
            return norm(s, len);
        }
        if (len > 11 && ends(s, len, "ficatrice")) {
            len -= 5;
            set(s, len, "er");
            return norm(s, len);
        }
        if (len > 10 && ends(s, len, "ficateur")) {
            len -= 4;
            set(s, len, "er");
            return norm(s, len);
        }
        if (len > 9 && ends(s, len, "catrice")) {
            len -= 3;
            set(s, len, "quer");
            return norm(s, len);
        }
        if (len > 8 && ends(s, len, "cateur")) {
            len -= 2;
            set(s, len, "quer");
            return norm(s, len);
        }
        if (len > 8 && ends(s, len, "atrice")) {
            len -= 4;
            set(s, len, "er");
            return norm(s, len);
        }
        if (len > 7 && ends(s, len, "ateur")) {
            len -= 3;
            set(s, len, "er");
            return norm(s, len);
        }
        if (len > 6 && ends(s, len, "trice")) {
            len--;
            set(s, len, "eur");
        }
        if (len > 5 && ends(s, len, "ieme")) {
            return norm(s, len - 4);
        }
        if (len > 7 && ends(s, len, "teuse")) {
            len -= 2;
            s[len - 1] = 'r';
            return norm(s, len);
        }
        if (len > 6 && ends(s, len, "teur")) {
            len--;
            s[len - 1] = 'r';
            return norm(s, len);
        }
        if (len > 5 && ends(s, len, "euse")) {
            return norm(s, len - 2);
        }
        if (len > 8 && ends(s, len, "ere")) {
            len--;
            s[len - 2] = 'e';
            return norm(s, len);
        }
        if (len > 7 && ends(s, len, "ive")) {
            len--;
            s[len - 1] = 'f';
            return norm(s, len);
        }
        if (len > 4 && (ends(s, len, "folle") || ends(s, len, "molle"))) {
            len -= 2;
            s[len - 1] = 'u';
            return norm(s, len);
        }
        if (len > 9 && ends(s, len, "nnelle")) {
            return norm(s, len - 5);
        }
        if (len > 9 && ends(s, len, "nnel")) {
            return norm(s, len - 3);
        }
        if (len > 4 && ends(s, len, "ete")) {
            len--;
            s[len - 2] = 'e';
        }
        if (len > 8 && ends(s, len, "ique")) {
            len -= 4;
        }
        if (len > 8 && ends(s, len, "esse")) {
            return norm(s, len - 3);
        }
        if (len > 7 && ends(s, len, "inage")) {
            return norm(s, len - 3);
        }
        if (len > 9 && ends(s, len, "isation")) {
            len -= 7;
            if (len > 5 && ends(s, len, "ual")) {
                s[len - 2] = 'e';
            }
            return norm(s, len);
        }
        if (len > 9 && ends(s, len, "isateur")) {
            return norm(s, len - 7);
        }
        if (len > 8 && (ends(s, len, "ation") || ends(s, len, "ition"))) {
            return norm(s, len - 5);
        }
        return norm(s, len);
    }

    /**
     * Savoy's final normalisation: doubled letters, then a last {@code ie}, {@code r}, {@code e}.
     */
    private static int norm(char[] s, int len) {
        if (len > 4) {
            int write = 1;
            for (int read = 1; read < len; read++) {
                if (s[read] == s[write - 1] && Character.isLetter(s[read])) {
                    continue;
                }
                s[write++] = s[read];
            }
            len = write;
        }
        if (len > 4 && ends(s, len, "ie")) {
            len -= 2;
        }
        if (len > 4) {
            if (s[len - 1] == 'r') {
                len--;
            }
            if (s[len - 1] == 'e') {
                len--;
            }
            if (s[len - 1] == 'e') {
                len--;
            }
            if (s[len - 1] == s[len - 2] && Character.isLetter(s[len - 1])) {
                len--;
            }
        }
        return len;
    }

    private static boolean ends(char[] s, int len, String suffix) {
        int k = suffix.length();
        if (k > len) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (s[len - k + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Overwrites the last letters of {@code s[0..len)} with {@code letters}. */
    private static void set(char[] s, int len, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            s[len - letters.length() + i] = letters.charAt(i);
        }
    }
}
