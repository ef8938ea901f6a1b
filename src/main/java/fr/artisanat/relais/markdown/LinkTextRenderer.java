package fr.artisanat.relais.markdown;

import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;

/**
 * Renders a link as its text alone in the plain-text body. Commonmark's default writes {@code "le
 * PGE" (../pge/index.html)}, which would put relative paths into search results and descriptions.
 */
final class LinkTextRenderer implements NodeRenderer {
    private final TextContentNodeRendererContext context;

    LinkTextRenderer(TextContentNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class);
    }

    @Override
    public void render(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }
}
