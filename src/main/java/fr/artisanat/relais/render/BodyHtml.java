package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Body;
import freemarker.template.TemplateScalarModel;

/**
 * A measure's body HTML as templates print it ({@code ${measure.bodyHtml?no_esc}}), read from the
 * {@link Body} only when the page prints it. A measure's view lives as long as the rendering (term
 * pages show its card), so a view holding the HTML itself would keep every measure's decompressed
 * HTML in memory at once: about 10 KB per measure, a gigabyte at 100 000 measures.
 */
record BodyHtml(Body body) implements TemplateScalarModel {
    @Override
    public String getAsString() {
        return body.html();
    }

    @Override
    public String toString() {
        return getAsString();
    }
}
