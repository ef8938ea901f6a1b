package fr.artisanat.relais.model;

import java.util.List;

/**
 * A Markdown body and what rendering it produced: the text as written, its safe HTML and its plain
 * text, each read back when a stage needs it.
 *
 * <p>The three texts are kept as one {@link PackedText} rather than as strings: as strings they
 * took about 25 KB per measure, 250 MB of heap at 10 000 measures and more than the whole 2 GB heap
 * at 100 000; deflated together, about 3 KB. Each text is read a few times per build (the page, the
 * exports, the search index).
 *
 * <p>Immutable and safe to share between threads; two bodies are equal when their texts and links
 * are.
 */
public final class Body {
    private static final int MARKDOWN = 0;
    private static final int TEXT = 1;
    private static final int HTML = 2;

    private final PackedText texts;
    private final List<BodyLink> links;

    /**
     * @param markdown the text as written
     * @param html safe HTML, with cross-references already turned into relative links
     * @param text the body as plain text (for search and descriptions)
     * @param links every link of the body, with where it was written
     */
    public Body(String markdown, String html, String text, List<BodyLink> links) {
        // the order of the texts is the order they are cheapest to read in
        this.texts = new PackedText(markdown, text, html);
        this.links = List.copyOf(links);
    }

    /** The text as written. */
    public String markdown() {
        return texts.get(MARKDOWN);
    }

    /** Safe HTML, with cross-references already turned into relative links. */
    public String html() {
        return texts.get(HTML);
    }

    /** The body as plain text (for search and descriptions). */
    public String text() {
        return texts.get(TEXT);
    }

    /** Every link of the body, with where it was written. */
    public List<BodyLink> links() {
        return links;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other && texts.equals(other.texts) && links.equals(other.links);
    }

    @Override
    public int hashCode() {
        return texts.hashCode() * 31 + links.hashCode();
    }

    @Override
    public String toString() {
        return "Body[markdown="
                + markdown()
                + ", html="
                + html()
                + ", text="
                + text()
                + ", links="
                + links
                + "]";
    }
}
