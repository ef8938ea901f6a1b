package fr.artisanat.relais.model;

/**
 * A front-matter field, or the body, whose change a reader of the measure's page would notice. The
 * fields not listed ({@code updated}, {@code reviewed}, {@code draft}) say when or whether the page
 * is published, not what it says: changing them alone is not a change of the measure. In the order
 * a history lists them: dates and amounts first, what an artisan looks for.
 */
public enum ChangedField {
    OPENS("opens"),
    CLOSES("closes"),
    STATUS("status"),
    AMOUNT("amount"),
    AMOUNT_MAX("amount_max"),
    APPLY_URL("apply_url"),
    TITLE("title"),
    SUMMARY("summary"),
    BODY("body"),
    FUNDERS("funders"),
    CATEGORIES("categories"),
    BENEFICIARIES("beneficiaries"),
    TERRITORIES("territories"),
    LEVEL("level"),
    CONTACT("contact"),
    SOURCES("sources"),
    TAGS("tags");

    private final String key;

    ChangedField(String key) {
        this.key = key;
    }

    /** The front-matter key as editors write it ({@code body} for the text below the fields). */
    public String key() {
        return key;
    }
}
