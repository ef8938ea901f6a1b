package fr.artisanat.relais.typography;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the no-break spaces of French typography into a text, so that a number, its unit and a sign
 * never end up on two lines:
 *
 * <pre>
 * "Jusqu'à 1 500 € : pour qui ?"  →  "Jusqu'à 1 500 € : pour qui ?"
 *                 (the spaces in « 1 500 », before « € », « : » and « ? » become U+202F)
 * "« fermeture »"                  →  "« fermeture »"   (U+00A0 inside the guillemets)
 * </pre>
 *
 * <p>Only spaces the text already has are replaced, except before € and % after a number and inside
 * guillemets, where French always puts one: a colon without a space ({@code 10:30}), a year ({@code
 * 2020}) or a decree number ({@code 2020-371}) are left as they are. Web and mail addresses are
 * never touched. Applying it twice gives the same text.
 */
public final class FrenchTypography {
    /** Narrow no-break space (espace fine insécable). */
    public static final char NARROW_NBSP = '\u202F';

    /** No-break space (espace mot insécable). */
    public static final char NBSP = '\u00A0';

    /** What is never typeset: web and mail addresses. */
    private static final Pattern PROTECTED =
            Pattern.compile("(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private static final String SPACE = "[ \\u00A0\\u202F]";

    /** One rule: what to find, and what to put instead of each match. */
    private record Rule(Pattern find, Function<MatchResult, String> replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), m -> replacement);
        }
    }

    /**
     * The rules, in order. A table rather than code, so that a typographic choice is one line (the
     * Imprimerie nationale, for one, puts U+00A0 rather than U+202F before the colon).
     */
    private static final List<Rule> RULES =
            List.of(
                    // French phone numbers: 05 61 10 47 47
                    new Rule(
                            Pattern.compile("(?<![\\d,.])0\\d(?:" + SPACE + "\\d\\d){4}(?![\\d,])"),
                            m -> m.group().replaceAll(SPACE, "\u00A0")),
                    // Groups of thousands: 1 500, 1 000 000, 0 806 803 900
                    new Rule(
                            Pattern.compile(
                                    "(?<![\\d,.])\\d{1,3}(?:" + SPACE + "\\d{3})+(?![\\d,])"),
                            m -> m.group().replaceAll(SPACE, "\u202F")),
                    // A number and its unit: 1 500 €, 70 %, 80 M€
                    new Rule("(?<=\\d)" + SPACE + "?(?=[€%‰])", "\u202F"),
                    new Rule("(?<=\\d)" + SPACE + "(?=(?:k|M|Md)€)", "\u202F"),
                    // The high signs, after a space the text has
                    new Rule(SPACE + "+(?=[;:!?])", "\u202F"),
                    // Guillemets
                    new Rule("«" + SPACE + "*", "«\u00A0"),
                    new Rule(SPACE + "*»", "\u00A0»"),
                    // n° 12: no break after the sign
                    new Rule("(?<=\\b[nN]°)" + SPACE + "(?=\\d)", "\u00A0"));

    private FrenchTypography() {}

    /** The text with French no-break spaces; null stays null. */
    public static String apply(String text) {
        if (text == null || !mayNeedWork(text)) {
            return text;
        }
        Matcher url = PROTECTED.matcher(text);
        if (!url.find()) {
            return typeset(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int from = 0;
        do {
            out.append(typeset(text.substring(from, url.start()))).append(url.group());
            from = url.end();
        } while (url.find());
        return out.append(typeset(text.substring(from))).toString();
    }

    /** Whether a rule could change {@code text}: most texts of a page have no sign nor digit. */
    private static boolean mayNeedWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9')
                    || c == ';'
                    || c == ':'
                    || c == '!'
                    || c == '?'
                    || c == '«'
                    || c == '»'
                    || c == '€'
                    || c == '%'
                    || c == '‰') {
                return true;
            }
        }
        return false;
    }

    private static String typeset(String text) {
        String s = text;
        for (Rule rule : RULES) {
            Matcher m = rule.find().matcher(s);
            if (m.find()) {
                m.reset();
                s = m.replaceAll(r -> Matcher.quoteReplacement(rule.replacement().apply(r)));
            }
        }
        return s;
    }
}
