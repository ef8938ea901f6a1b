package fr.artisanat.relais.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns French text as artisans and editors write it into search terms, the same way on both sides
 * of the search (this class at build time, {@code search-analyzer.js} in the browser):
 *
 * <ol>
 *   <li>lower case, accents and ligatures folded ({@code Œuvre} → {@code oeuvre});
 *   <li>words are runs of letters and digits, kept together by apostrophes and hyphens;
 *   <li>elisions removed ({@code l'État} → {@code etat}, {@code qu'il}, {@code d’aide});
 *   <li>a hyphenated word gives its parts and the whole ({@code auto-entrepreneur} → {@code auto},
 *       {@code entrepreneur}, {@code autoentrepreneur});
 *   <li>stop words dropped, then each word stemmed by {@link FrenchLightStemmer}.
 * </ol>
 *
 * <p>{@code "Prêts garantis par l'État"} → {@code [pret, garanti, etat]}.
 *
 * <p>An instance caches the words it has seen: use one per build, from one thread.
 */
public final class FrenchAnalyzer {
    /** Words longer than this are identifiers or pasted URLs, not something anyone types. */
    static final int MAX_WORD_LENGTH = 40;

    private static final Set<String> ELISIONS =
            Set.of(
                    "l", "d", "m", "t", "n", "s", "j", "c", "qu", "jusqu", "lorsqu", "puisqu",
                    "quoiqu");

    /** Past this many distinct words the cache stops growing (pasted lists, identifiers). */
    static final int CACHE_LIMIT = 200_000;

    private final FrenchLightStemmer stemmer = new FrenchLightStemmer();

    /**
     * The words each distinct written word gives: a corpus repeats a few thousand words millions of
     * times. Per instance, so an analyzer belongs to one build and one thread.
     */
    private final java.util.Map<String, List<Word>> cache = new java.util.HashMap<>();

    /** The terms of {@code text}, in order, with repeats. */
    public List<String> analyze(String text) {
        List<String> terms = new ArrayList<>();
        for (Word word : words(text)) {
            terms.add(word.term());
        }
        return terms;
    }

    /**
     * The words of {@code text} with their terms: {@code surface} is the folded word as written
     * (for suggestions), {@code term} what the index holds.
     */
    public List<Word> words(String text) {
        // Words are cut in the lower-cased text and folded one distinct word at a time (cached):
        // folding a whole body through Unicode decomposition cost more than the rest of the
        // analysis. A combining accent belongs to its word, as once folded it is gone.
        String lower = text.toLowerCase(Locale.ROOT);
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            int cp = lower.codePointAt(i);
            if (!isWordChar(cp) && !isMark(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = lower.codePointAt(i);
                if (isWordChar(c) || isMark(c) || ((isApostrophe(c) || isHyphen(c)) && i + 1 < n)) {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            String written = lower.substring(start, i);
            if (NumberGroups.isGroup(written)) {
                // « 1 500 », « 10 000 000 »: one number, as artisans type it without the spaces
                StringBuilder number = new StringBuilder(written);
                for (int end = NumberGroups.thousands(lower, i);
                        end > 0;
                        end = NumberGroups.thousands(lower, i)) {
                    number.append(lower, i + 1, end);
                    i = end;
                }
                written = number.toString();
            }
            List<Word> known = cache.get(written);
            if (known == null) {
                known = new ArrayList<>(1);
                for (String raw : foldedWords(written)) {
                    addRawWord(raw, known);
                }
                known = List.copyOf(known);
                if (cache.size() < CACHE_LIMIT) {
                    cache.put(written, known);
                }
            }
            out.addAll(known);
        }
        return out;
    }

    /**
     * The words of one lower-case written word once folded: itself folded, except where folding
     * leaves a joiner at its end or start (a lone accent after a hyphen), which then cuts it as in
     * the folded text.
     */
    private static List<String> foldedWords(String written) {
        String folded = fold(written);
        List<String> words = new ArrayList<>(1);
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = folded.codePointAt(i);
                if (isWordChar(c) || ((isApostrophe(c) || isHyphen(c)) && i + 1 < n)) {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            words.add(folded.substring(start, i));
        }
        return words;
    }

    static boolean isMark(int cp) {
        if (cp < 0x300) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Lower case, without accents, with ligatures spelt out. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            switch (cp) {
                case 'œ' -> sb.append("oe");
                case 'æ' -> sb.append("ae");
                case 'ß' -> sb.append("ss");
                default -> sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** Splits on apostrophes (dropping an elided article), then on hyphens. */
    private void addRawWord(String raw, List<Word> out) {
        if (!hasJoiner(raw)) {
            addWord(raw, out);
            return;
        }
        List<String> pieces = split(raw, true);
        if (pieces.size() > 1 && ELISIONS.contains(pieces.get(0))) {
            pieces.remove(0);
        }
        for (String piece : pieces) {
            List<String> parts = split(piece, false);
            for (String part : parts) {
                addWord(part, out);
            }
            if (parts.size() > 1) {
                addWord(String.join("", parts), out);
            }
        }
    }

    private void addWord(String word, List<Word> out) {
        if (word.isEmpty()
                || word.length() > MAX_WORD_LENGTH
                || FrenchStopWords.contains(word)
                || (word.codePointCount(0, word.length()) == 1
                        && Character.isLetter(word.codePointAt(0)))) {
            return;
        }
        out.add(new Word(word, stemmer.stem(word)));
    }

    /** Non-empty pieces of {@code raw} between apostrophes, or between hyphens. */
    private static List<String> split(String raw, boolean apostrophes) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        raw.codePoints()
                .forEach(
                        cp -> {
                            boolean separator = apostrophes ? isApostrophe(cp) : isHyphen(cp);
                            if (separator) {
                                if (current.length() > 0) {
                                    pieces.add(current.toString());
                                    current.setLength(0);
                                }
                            } else {
                                current.appendCodePoint(cp);
                            }
                        });
        if (current.length() > 0) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    private static boolean hasJoiner(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isApostrophe(c) || isHyphen(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011';
    }

    /**
     * One analysed word.
     *
     * @param surface the word as written, folded ({@code prets})
     * @param term its index term ({@code pret})
     */
    public record Word(String surface, String term) {}
}
