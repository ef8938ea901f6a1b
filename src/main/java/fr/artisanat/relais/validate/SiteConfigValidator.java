package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.LinkCheckSettings;
import fr.artisanat.relais.model.SiteConfig;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.YamlMap;
import java.util.List;

/** Checks {@code site.yml}. */
final class SiteConfigValidator {
    private static final List<String> KEYS =
            List.of(
                    "title",
                    "tagline",
                    "base_url",
                    "language",
                    "phone",
                    "review_after_days",
                    "link_check");
    private static final List<String> LINK_CHECK_KEYS =
            List.of(
                    "exclude",
                    "timeout_seconds",
                    "cache_days",
                    "max_connections_per_host",
                    "max_connections");

    private SiteConfigValidator() {}

    /** The settings, or null when site.yml is missing or has errors. */
    static SiteConfig validate(SourceDocument doc, Diagnostics diagnostics) {
        if (doc == null) {
            return null;
        }
        YamlMap map = FieldReader.asMap(doc.data(), "site.yml", diagnostics).orElse(null);
        if (map == null) {
            return null;
        }
        FieldReader f = new FieldReader(map, KEYS, diagnostics);
        String title = f.text("title", true, 140);
        String tagline = f.text("tagline", false, 300);
        String baseUrl = f.webUrl("base_url", true);
        String language = f.text("language", true, 0);
        if (language != null && !language.equals("fr")) {
            f.error(
                    f.positionOf("language").orElse(f.position()),
                    "« language » : seule la langue « fr » est prise en charge, pas « "
                            + language
                            + " »");
        }
        String phone = f.text("phone", false, 40);
        Integer review = f.integer("review_after_days", false, 1, 3650);
        LinkCheckSettings linkCheck = linkCheck(f.map("link_check"), diagnostics);
        if (f.failed() || linkCheck == null) {
            return null;
        }
        return new SiteConfig(
                title,
                tagline,
                baseUrl.endsWith("/") ? baseUrl : baseUrl + "/",
                language,
                phone,
                review == null ? SiteConfig.DEFAULT_REVIEW_AFTER_DAYS : review,
                linkCheck);
    }

    private static LinkCheckSettings linkCheck(YamlMap map, Diagnostics diagnostics) {
        if (map == null) {
            return LinkCheckSettings.DEFAULT;
        }
        FieldReader f = new FieldReader(map, LINK_CHECK_KEYS, diagnostics);
        List<String> exclude = f.textList("exclude", false, "[https://exemple.fr/]");
        Integer timeout = f.integer("timeout_seconds", false, 1, 300);
        Integer cacheDays = f.integer("cache_days", false, 0, 365);
        Integer perHost = f.integer("max_connections_per_host", false, 1, 16);
        Integer total = f.integer("max_connections", false, 1, 64);
        if (f.failed()) {
            return null;
        }
        LinkCheckSettings d = LinkCheckSettings.DEFAULT;
        return new LinkCheckSettings(
                exclude == null ? d.exclude() : exclude,
                timeout == null ? d.timeoutSeconds() : timeout,
                cacheDays == null ? d.cacheDays() : cacheDays,
                perHost == null ? d.perHost() : perHost,
                total == null ? d.total() : total);
    }
}
