package fr.artisanat.relais.markdown;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Runs first among the parser's post-processors and replaces a document nested deeper than {@link
 * #MAX_DEPTH} (a list in a list… a thousand times) by a {@link TooDeep} marker. The autolink
 * post-processor, our visitors and the HTML renderer all recurse once per level and would overflow
 * the stack on such a body; this walk does not recurse.
 */
final class NestingGuard implements PostProcessor {
    /** Far beyond any real text; well within what the renderers' recursion can take. */
    static final int MAX_DEPTH = 100;

    static final String TOO_DEEP =
            "texte trop imbriqué : plus de "
                    + MAX_DEPTH
                    + " niveaux de listes, citations ou mises en forme les uns dans les autres —"
                    + " simplifiez la mise en forme à partir d'ici";

    /** Stands for a body too deep to render; carries the position of the first node too deep. */
    static final class TooDeep extends CustomBlock {}

    @Override
    public Node process(Node document) {
        Node deep = firstNodeDeeperThan(document, MAX_DEPTH);
        if (deep == null) {
            return document;
        }
        TooDeep marker = new TooDeep();
        marker.setSourceSpans(deep.getSourceSpans());
        Document replacement = new Document();
        replacement.appendChild(marker);
        return replacement;
    }

    private static Node firstNodeDeeperThan(Node document, int limit) {
        Node node = document;
        int depth = 0;
        while (node != null) {
            if (depth > limit) {
                return node;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == document ? null : node.getNext();
        }
        return null;
    }
}
