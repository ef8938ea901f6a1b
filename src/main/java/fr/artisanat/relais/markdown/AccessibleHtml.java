package fr.artisanat.relais.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The HTML of a body without raw HTML, written by commonmark directly: such a body can only produce
 * the tags Markdown makes, with escaped text and sanitized links, so it needs no HTML sanitizer
 * (parsing and cleaning every body with jsoup was 15 % of a large build). It is made accessible the
 * way {@code HtmlSanitizer} does it for bodies with raw HTML, and to the same result once parsed: a
 * table sits in a labelled, focusable region that keyboard users can scroll on a phone, a link to
 * another site says so to screen readers, and commonmark's {@code rel="nofollow"} and code-language
 * classes, which the sanitizer drops, are not written.
 */
final class AccessibleHtml {
    static final String TABLE_REGION =
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\""
                    + " aria-label=\"Tableau (défilement horizontal possible)\">";
    static final String EXTERNAL_MARK = "<span class=\"sr-only\"> (site externe)</span>";

    private AccessibleHtml() {}

    /**
     * Whether {@code document} has raw HTML or an image, which only the sanitizer may let through.
     */
    static boolean needsSanitizer(Node document) {
        boolean[] found = {false};
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(HtmlBlock htmlBlock) {
                        found[0] = true;
                    }

                    @Override
                    public void visit(HtmlInline htmlInline) {
                        found[0] = true;
                    }

                    @Override
                    public void visit(Image image) {
                        found[0] = true;
                    }
                });
        return found[0];
    }

    /** Puts each table of {@code document} into a {@link TableRegion}. */
    static void wrapTables(Node document) {
        List<Node> tables = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            collectTables(n, tables);
        }
        for (Node table : tables) {
            TableRegion region = new TableRegion();
            table.insertBefore(region);
            region.appendChild(table);
        }
    }

    private static void collectTables(Node node, List<Node> tables) {
        if (node instanceof TableBlock) {
            tables.add(node);
            return;
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            collectTables(n, tables);
        }
    }

    /** Adds this rendering to a renderer that has the body extensions. */
    static HtmlRenderer.Builder configure(HtmlRenderer.Builder builder, UrlSanitizer urls) {
        return builder.nodeRendererFactory(context -> new TableRegionRenderer(context))
                .nodeRendererFactory(context -> new LinkRenderer(context, urls))
                .attributeProviderFactory(context -> new NoCodeClass());
    }

    /** A table's scrollable region. */
    static final class TableRegion extends CustomBlock {}

    private static final class TableRegionRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        TableRegionRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TableRegion.class);
        }

        @Override
        public void render(Node node) {
            html.line();
            html.raw(TABLE_REGION);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.raw("</div>");
            html.line();
        }
    }

    /** A link without {@code rel="nofollow"}, marked when it leads to another site. */
    private static final class LinkRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final UrlSanitizer urls;

        LinkRenderer(HtmlNodeRendererContext context, UrlSanitizer urls) {
            this.context = context;
            this.html = context.getWriter();
            this.urls = urls;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class);
        }

        @Override
        public void render(Node node) {
            Link link = (Link) node;
            String href = context.encodeUrl(urls.sanitizeLinkUrl(link.getDestination()));
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", href);
            if (link.getTitle() != null) {
                attributes.put("title", link.getTitle());
            }
            String lower = href.toLowerCase(Locale.ROOT);
            boolean external = lower.startsWith("http://") || lower.startsWith("https://");
            if (external) {
                attributes.put("class", "ext");
            }
            html.tag("a", context.extendAttributes(link, "a", attributes));
            for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            if (external) {
                html.raw(EXTERNAL_MARK);
            }
            html.tag("/a");
        }
    }

    /** Code keeps no {@code language-…} class: pages have no highlighter to use it. */
    private static final class NoCodeClass implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof FencedCodeBlock
                    || node instanceof IndentedCodeBlock
                    || node instanceof Code) {
                attributes.remove("class");
            }
        }
    }
}
