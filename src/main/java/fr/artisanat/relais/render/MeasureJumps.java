package fr.artisanat.relais.render;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the jump links at the top of a measure page lead: « Pour qui », « Comment faire », «
 * Contact ». Editors give their bodies their own headings (« Pour qui ? », « Comment faire la
 * demande »), whose ids the Markdown stage writes; a body without such a heading gets the page's
 * own block instead: the measure's facts for « Pour qui », the apply block for « Comment faire ».
 *
 * <pre>
 * of("&lt;h2 id=\"pour-qui-\"&gt;Pour qui ?&lt;/h2&gt;…")  →  forWhom "pour-qui-", howTo "fiche-demarche"
 * </pre>
 *
 * @param forWhom, howTo, contact ids on the measure page, without {@code #}
 */
public record MeasureJumps(String forWhom, String howTo, String contact) {
    /** The page's own blocks, used when the body has no heading for a question. */
    static final String FACTS = "fiche-pour-qui";

    static final String APPLY = "fiche-demarche";
    static final String CONTACT = "fiche-contact";

    private static final Pattern HEADING =
            Pattern.compile("<h([2-4]) id=\"([^\"]+)\"[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern FOR_WHOM =
            Pattern.compile("^(pour qui|qui peut|a qui|beneficiaires|conditions|eligib)");
    private static final Pattern HOW_TO =
            Pattern.compile(
                    "^(comment|demarches?\\b|la demande|faire la demande|deposer|procedure|modalites)");

    /** The jumps of a measure whose body is {@code bodyHtml}. */
    static MeasureJumps of(String bodyHtml) {
        String forWhom = null;
        String howTo = null;
        Matcher m = HEADING.matcher(bodyHtml);
        while (m.find() && (forWhom == null || howTo == null)) {
            String text = plain(m.group(3));
            if (forWhom == null && FOR_WHOM.matcher(text).find()) {
                forWhom = m.group(2);
            } else if (howTo == null && HOW_TO.matcher(text).find()) {
                howTo = m.group(2);
            }
        }
        return new MeasureJumps(
                forWhom == null ? FACTS : forWhom, howTo == null ? APPLY : howTo, CONTACT);
    }

    /** « Pour qui ? » → « pour qui ? »: lower case, without tags nor accents. */
    private static String plain(String html) {
        String text = TAG.matcher(html).replaceAll("").strip().toLowerCase(Locale.ROOT);
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
