package fr.artisanat.relais.model;

/** The four ways measures are classified, each with its French name and URL segment. */
public enum TaxonomyKey {
    CATEGORIES("categories", "Catégories", "catégorie", "categories"),
    FUNDERS("funders", "Financeurs", "financeur", "financeurs"),
    TERRITORIES("territories", "Territoires", "territoire", "territoires"),
    BENEFICIARIES("beneficiaries", "Bénéficiaires", "bénéficiaire", "beneficiaires");

    private final String field;
    private final String title;
    private final String singular;
    private final String segment;

    TaxonomyKey(String field, String title, String singular, String segment) {
        this.field = field;
        this.title = title;
        this.singular = singular;
        this.segment = segment;
    }

    /** The front matter key and data file name ({@code funders}). */
    public String field() {
        return field;
    }

    /** French plural title ({@code Financeurs}). */
    public String title() {
        return title;
    }

    /** French singular, lower case ({@code financeur}). */
    public String singular() {
        return singular;
    }

    /** URL segment of its pages ({@code financeurs}). */
    public String segment() {
        return segment;
    }
}
