package fr.artisanat.relais.validate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The contract's rule for slugs and ids, and a corrected form to suggest. */
final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A département number: {@code 09}, {@code 974}, {@code 2a}. */
    private static final Pattern DEPARTEMENT = Pattern.compile("[0-9]{2,3}|2[ab]");

    /** Well under the 255 bytes a file name may take, with room for {@code .md} and backups. */
    static final int MAX_LENGTH = 150;

    private Slugs() {}

    static boolean isSlug(String s) {
        return SLUG.matcher(s).matches() && s.length() <= MAX_LENGTH;
    }

    static boolean isId(String s) {
        return isSlug(s) || DEPARTEMENT.matcher(s).matches();
    }

    /** {@code Aide_Éco 2020} → {@code aide-eco-2020}. */
    static String suggest(String s) {
        String folded =
                Normalizer.normalize(s, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replace("œ", "oe")
                        .replace("æ", "ae");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "mon-slug" : slug;
    }
}
