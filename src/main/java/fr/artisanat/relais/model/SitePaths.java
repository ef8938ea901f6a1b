package fr.artisanat.relais.model;

/**
 * The portal's URL scheme, root-relative, in one place. Pages are {@code …/index.html} files and
 * links name the file, so the site also works opened from disk.
 */
public final class SitePaths {
    public static final String MEASURES = "mesures";
    public static final String CONTACTS = "contacts";
    public static final String FEED = "flux.xml";
    public static final String JSON_EXPORT = "mesures.json";
    public static final String CSV_EXPORT = "mesures.csv";
    public static final String JSON_SCHEMA = "mesures.schema.json";
    public static final String CALENDAR = "echeances.ics";
    public static final String BUILD_MANIFEST = "build.json";

    private SitePaths() {}

    public static String home() {
        return "index.html";
    }

    public static String measures() {
        return MEASURES + "/index.html";
    }

    public static String measure(String slug) {
        return MEASURES + "/" + slug + "/index.html";
    }

    /** The full list of changes of a measure, when its page shows only the latest ones. */
    public static String measureHistory(String slug) {
        return MEASURES + "/" + slug + "/historique/index.html";
    }

    public static String page(String slug) {
        return slug + "/index.html";
    }

    public static String taxonomy(TaxonomyKey key) {
        return key.segment() + "/index.html";
    }

    public static String term(TaxonomyKey key, String id) {
        return key.segment() + "/" + id + "/index.html";
    }

    /** The search page; its index lives in {@code recherche/index/}. */
    public static String search() {
        return "recherche/index.html";
    }

    /** The page that documents the open-data files and their licence. */
    public static String openData() {
        return "donnees-ouvertes/index.html";
    }

    /** A territory's own calendar of deadlines, beside its page. */
    public static String territoryCalendar(String id) {
        return TaxonomyKey.TERRITORIES.segment() + "/" + id + "/" + CALENDAR;
    }

    /** A territory's own Atom feed, beside its page. */
    public static String territoryFeed(String id) {
        return TaxonomyKey.TERRITORIES.segment() + "/" + id + "/" + FEED;
    }

    /** The « Chiffres » page: measures and published figures as charts. */
    public static String figures() {
        return "chiffres/index.html";
    }

    /** The list of the measures a situation of the home page selects. */
    public static String situation(String id) {
        return "situations/" + id + "/index.html";
    }

    public static String contacts() {
        return CONTACTS + "/index.html";
    }

    /** {@code mesures/pge/index.html} → {@code ../../}: the way back to the root. */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The address of a page on the published site, without {@code index.html}. */
    public static String absolute(String baseUrl, String path) {
        String pretty = path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path;
        return baseUrl + pretty;
    }
}
