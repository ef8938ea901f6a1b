package fr.artisanat.relais.typography;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
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

    /**
     * One rule: the characters without which it cannot match (a quick test before the regular
     * expression, which most texts then skip), what to find, and what to put instead.
     */
    private record Rule(
            Predicate<String> mayMatch, Pattern find, Function<MatchResult, String> replacement) {
        Rule(String needs, String regex, String replacement) {
            this(t -> containsAny(t, needs), Pattern.compile(regex), m -> replacement);
        }
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A space between two digits: what numbers and phone numbers need. */
    private static boolean hasSpacedDigits(String text) {
        for (int i = 1, n = text.length() - 1; i < n; i++) {
            if (isSpace(text.charAt(i))
                    && isDigit(text.charAt(i - 1))
                    && isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rules, in order. A table rather than code, so that a typographic choice is one line (the
     * Imprimerie nationale, for one, puts U+00A0 rather than U+202F before the colon).
     */
    private static final List<Rule> RULES =
            List.of(
                    // French phone numbers: 05 61 10 47 47
                    new Rule(
                            FrenchTypography::hasSpacedDigits,
                            Pattern.compile("(?<![\\d,.])0\\d(?:" + SPACE + "\\d\\d){4}(?![\\d,])"),
                            m -> m.group().replaceAll(SPACE, "\u00A0")),
                    // Groups of thousands: 1 500, 1 000 000, 0 806 803 900
                    new Rule(
                            FrenchTypography::hasSpacedDigits,
                            Pattern.compile(
                                    "(?<![\\d,.])\\d{1,3}(?:" + SPACE + "\\d{3})+(?![\\d,])"),
                            m -> m.group().replaceAll(SPACE, "\u202F")),
                    // A number and its unit: 1 500 €, 70 %, 80 M€
                    new Rule("€%‰", "(?<=\\d)" + SPACE + "?(?=[€%‰])", "\u202F"),
                    new Rule("€", "(?<=\\d)" + SPACE + "(?=(?:k|M|Md)€)", "\u202F"),
                    // The high signs, after a space the text has
                    new Rule(";:!?", SPACE + "+(?=[;:!?])", "\u202F"),
                    // Guillemets
                    new Rule("«", "«" + SPACE + "*", "«\u00A0"),
                    new Rule("»", SPACE + "*»", "\u00A0»"),
                    // n° 12: no break after the sign
                    new Rule("°", "(?<=\\b[nN]°)" + SPACE + "(?=\\d)", "\u00A0"));

    private FrenchTypography() {}

    /** The text with French no-break spaces; null stays null. */
    public static String apply(String text) {
        if (text == null || !mayNeedWork(text)) {
            return text;
        }
        if (text.indexOf('@') < 0 && !text.contains("://") && !text.contains("www.")) {
            return typeset(text);
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

    /**
     * Whether a rule could change {@code text}: one scan for what each rule needs (a space between
     * digits, a sign after a space or a digit, a guillemet without its space, « n° »), since most
     * texts of a page have none and the rules are regular expressions. A text already typeset (a
     * body, printed in a page) has none left.
     */
    static boolean mayNeedWork(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : 0;
            switch (c) {
                case '«' -> {
                    if (i + 1 >= n || text.charAt(i + 1) != NBSP) {
                        return true;
                    }
                }
                case '»' -> {
                    if (before != NBSP) {
                        return true;
                    }
                }
                case '€', '%', '‰' -> {
                    if (isDigit(before) || before == ' ' || before == NBSP) {
                        return true;
                    }
                }
                case ';', ':', '!', '?' -> {
                    if (before == ' ' || before == NBSP) {
                        return true;
                    }
                }
                case ' ', NBSP -> {
                    if (i + 1 < n) {
                        char after = text.charAt(i + 1);
                        if ((isDigit(before) || before == '°')
                                && (isDigit(after) || after == 'k' || after == 'M')) {
                            return true;
                        }
                    }
                }
                default -> {}
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == NBSP || c == NARROW_NBSP;
    }

    private static String typeset(String text) {
        String s = text;
        for (Rule rule : RULES) {
            if (rule.mayMatch().test(s)) {
                s =
                        rule.find()
                                .matcher(s)
                                .replaceAll(
                                        r -> Matcher.quoteReplacement(rule.replacement().apply(r)));
            }
        }
        return s;
    }
}
