package fr.artisanat.relais.model;

/** The portal's settings, from {@code site.yml}. {@code baseUrl} always ends with a slash. */
public record SiteConfig(
        String title,
        String tagline,
        String baseUrl,
        String language,
        String phone,
        int reviewAfterDays,
        LinkCheckSettings linkCheck) {

    public static final int DEFAULT_REVIEW_AFTER_DAYS = 180;
}
