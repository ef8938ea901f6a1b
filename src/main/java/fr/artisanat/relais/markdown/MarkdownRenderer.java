package fr.artisanat.relais.markdown;

import fr.artisanat.relais.model.Body;
import fr.artisanat.relais.model.BodyLink;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.typography.FrenchTypography;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders a Markdown body once into a {@link Body}: HTML for the page, plain text for search and
 * descriptions, and every link with its source position. Built once per build and shared; {@link
 * #render} keeps its state local, so it is safe from several threads.
 *
 * <pre>
 * render("Voir [le PGE](pret-garanti-etat.md).", "content/measures/x.md", 5, resolver)
 *   → html  &lt;p&gt;Voir &lt;a href="../pret-garanti-etat/index.html"&gt;le PGE&lt;/a&gt;.&lt;/p&gt;
 *     links [pret-garanti-etat.md at content/measures/x.md:5:6]
 * </pre>
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer htmlRenderer;
    private final HtmlRenderer accessibleRenderer;
    private final TextContentRenderer textRenderer;
    private final UnaryOperator<String> sanitizer;
    private final boolean alwaysSanitize;

    /**
     * @param sanitizer cleans the HTML of a body with raw HTML (an editor may paste script tags,
     *     event handlers, {@code javascript:} URLs) and makes it accessible; a body without any is
     *     written safe and accessible by {@link AccessibleHtml} and does not need it
     */
    public MarkdownRenderer(UnaryOperator<String> sanitizer) {
        this(sanitizer, false);
    }

    /**
     * A renderer that sends every body through {@code sanitizer}, as bodies with raw HTML are: the
     * tests compare both ways of writing a body.
     */
    static MarkdownRenderer alwaysSanitizing(UnaryOperator<String> sanitizer) {
        return new MarkdownRenderer(sanitizer, true);
    }

    private MarkdownRenderer(UnaryOperator<String> sanitizer, boolean alwaysSanitize) {
        List<Extension> extensions =
                List.of(
                        TablesExtension.create(),
                        AutolinkExtension.create(),
                        StrikethroughExtension.create(),
                        HeadingAnchorExtension.create());
        this.parser =
                Parser.builder()
                        // Before the extensions' post-processors, which recurse.
                        .postProcessor(new NestingGuard())
                        .extensions(extensions)
                        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                        .build();
        LinkUrlSanitizer urls = new LinkUrlSanitizer();
        this.htmlRenderer =
                HtmlRenderer.builder()
                        .extensions(extensions)
                        .sanitizeUrls(true)
                        .urlSanitizer(urls)
                        .build();
        this.accessibleRenderer =
                AccessibleHtml.configure(
                                HtmlRenderer.builder()
                                        .extensions(extensions)
                                        .sanitizeUrls(true)
                                        .urlSanitizer(urls),
                                urls)
                        .build();
        this.textRenderer =
                TextContentRenderer.builder()
                        .nodeRendererFactory(LinkTextRenderer::new)
                        .extensions(extensions)
                        .build();
        this.sanitizer = sanitizer;
        this.alwaysSanitize = alwaysSanitize;
    }

    /**
     * @param file the content file, for link positions
     * @param firstLine the file line on which {@code markdown} starts
     */
    public Body render(String markdown, String file, int firstLine, LinkResolver resolver) {
        int costly = MarkdownLimits.firstLineOverBudget(markdown);
        if (costly >= 0) {
            resolver.unrenderable(
                    new SourcePosition(file, firstLine + costly, 1), MarkdownLimits.TOO_COSTLY);
            // The text stays the source, so no "empty text" warning adds to the error.
            return new Body(markdown, "", markdown, List.of());
        }
        Node document = parser.parse(markdown);
        if (document.getFirstChild() instanceof NestingGuard.TooDeep deep) {
            resolver.unrenderable(position(deep, file, firstLine), NestingGuard.TOO_DEEP);
            return new Body(markdown, "", markdown, List.of());
        }
        List<BodyLink> links = new ArrayList<>();
        List<Node> dropped = new ArrayList<>();
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Link link) {
                        SourcePosition at = position(link, file, firstLine);
                        String href = resolver.resolve(link.getDestination(), false, at);
                        links.add(new BodyLink(link.getDestination(), href, at));
                        if (href == null) {
                            dropped.add(link);
                        } else {
                            link.setDestination(href);
                        }
                        visitChildren(link);
                    }

                    @Override
                    public void visit(Image image) {
                        SourcePosition at = position(image, file, firstLine);
                        String src = resolver.resolve(image.getDestination(), true, at);
                        if (src == null) {
                            dropped.add(image);
                        } else {
                            image.setDestination(src);
                        }
                    }
                });
        for (Node node : dropped) {
            unwrap(node);
        }
        String text = textRenderer.render(document).strip();
        // After the plain text, which search and descriptions read as written.
        typeset(document);
        String html;
        if (alwaysSanitize || AccessibleHtml.needsSanitizer(document)) {
            html = sanitizer.apply(htmlRenderer.render(document));
        } else {
            AccessibleHtml.wrapTables(document);
            html = accessibleRenderer.render(document);
        }
        return new Body(markdown, html, text, links);
    }

    /**
     * French no-break spaces in the body's text; code and addresses stay as written. Headings keep
     * their text, from which their ids are made at rendering, so that links to them keep working
     * ({@code #pour-qui-}); the page renderer typesets them with the rest of the page.
     */
    private static void typeset(Node document) {
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {}

                    @Override
                    public void visit(Text text) {
                        text.setLiteral(FrenchTypography.apply(text.getLiteral()));
                    }
                });
    }

    /** Replaces a refused link or image by its text, so the sentence still reads. */
    private static void unwrap(Node node) {
        if (node instanceof Image image) {
            String alt = image.getTitle() != null ? image.getTitle() : "";
            Node child = image.getFirstChild();
            StringBuilder text = new StringBuilder();
            while (child != null) {
                if (child instanceof Text t) {
                    text.append(t.getLiteral());
                }
                child = child.getNext();
            }
            node.insertBefore(new Text(text.length() > 0 ? text.toString() : alt));
            node.unlink();
            return;
        }
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static SourcePosition position(Node node, String file, int firstLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new SourcePosition(file, firstLine, 0);
        }
        SourceSpan span = spans.get(0);
        return new SourcePosition(file, span.getLineIndex() + firstLine, span.getColumnIndex() + 1);
    }
}
