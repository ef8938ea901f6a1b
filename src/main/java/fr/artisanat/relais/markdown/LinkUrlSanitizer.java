package fr.artisanat.relais.markdown;

import java.util.Locale;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Last line of defence behind the resolver: only web, {@code mailto:}, {@code tel:} and relative
 * links reach the HTML. Commonmark's default drops {@code tel:}, which the portal needs for the
 * chambers' phone lines.
 */
final class LinkUrlSanitizer implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        int slash = lower.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (!hasScheme
                || lower.startsWith("http:")
                || lower.startsWith("https:")
                || lower.startsWith("mailto:")
                || lower.startsWith("tel:")) {
            return url;
        }
        return "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return "";
    }
}
