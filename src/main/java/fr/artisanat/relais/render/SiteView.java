package fr.artisanat.relais.render;

import java.util.List;

/** The portal's settings and navigation, the same for every page. See docs/templates.md. */
public record SiteView(
        String title,
        String tagline,
        String phone,
        String phoneHref,
        String baseUrl,
        String buildDate,
        String buildDateIso,
        List<NavItem> menu,
        List<NavItem> taxonomies,
        List<NavItem> footer,
        String searchUrl) {

    public SiteView {
        menu = List.copyOf(menu);
        taxonomies = List.copyOf(taxonomies);
        footer = List.copyOf(footer);
    }
}
