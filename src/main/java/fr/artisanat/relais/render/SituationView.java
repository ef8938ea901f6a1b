package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.Situation;
import java.util.List;

/**
 * An entry point of the home page ({@code data/situations.yml}) and where it leads: its list of
 * measures, or the page it opens. Read by templates; see docs/templates.md.
 *
 * @param url root-relative
 */
public record SituationView(String id, String title, String text, String url) {

    static SituationView of(Situation s) {
        return new SituationView(s.id(), s.title(), s.text(), url(s));
    }

    /** The site's situations, in the file's order. */
    static List<SituationView> all(Site site) {
        return site.situations().stream().map(SituationView::of).toList();
    }

    private static String url(Situation s) {
        if (s.page() == null) {
            return SitePaths.situation(s.id());
        }
        return s.page().equals("contacts") ? SitePaths.contacts() : SitePaths.page(s.page());
    }
}
