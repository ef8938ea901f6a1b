package fr.artisanat.relais.render;

import java.util.List;

/** A taxonomy's index: its terms in file order. See docs/templates.md. */
public record TaxonomyView(
        String key, String title, String intro, String url, List<TermView> terms) {
    public TaxonomyView {
        terms = List.copyOf(terms);
    }
}
