package fr.artisanat.relais.render;

/**
 * The portal's name as the page header shows it, from {@code title} of {@code site.yml}: a title
 * written « name — publisher » (« Mesures de soutien aux artisans d'Occitanie — les chambres de
 * métiers et de l'artisanat ») is shown on two lines, the publisher smaller. Read by templates; see
 * docs/templates.md.
 *
 * @param publisher null when the title has no « — »
 */
public record BrandView(String name, String publisher) {
    private static final String DASH = " — ";

    static BrandView of(String title) {
        int at = title.indexOf(DASH);
        if (at <= 0 || at + DASH.length() >= title.length()) {
            return new BrandView(title, null);
        }
        return new BrandView(
                title.substring(0, at).strip(), title.substring(at + DASH.length()).strip());
    }
}
