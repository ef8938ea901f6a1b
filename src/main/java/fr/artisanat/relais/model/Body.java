package fr.artisanat.relais.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A Markdown body and what rendering it produced: the text as written, its safe HTML and its plain
 * text, each read back when a stage needs it.
 *
 * <p>The three texts are kept as one compressed block rather than as strings. Held as strings they
 * took about 25 KB per measure (UTF-16, since {@code ’} and {@code €} do not fit in Latin-1): 250
 * MB of heap at 10 000 measures and more than the whole 2 GB heap at 100 000. The texts repeat one
 * another (the HTML and the plain text are the Markdown's words), so deflating them together keeps
 * about 3 KB per measure. Each text is read a few times per build (the page, the exports, the
 * search index), and decompressing stops at the end of the text asked for.
 *
 * <pre>
 * Body b = new Body("Un **prêt**.", "&lt;p&gt;Un &lt;strong&gt;prêt&lt;/strong&gt;.&lt;/p&gt;", "Un prêt.", List.of());
 * b.html()  // "&lt;p&gt;Un &lt;strong&gt;prêt&lt;/strong&gt;.&lt;/p&gt;"
 * </pre>
 *
 * Immutable and safe to share between threads; two bodies are equal when their texts and links are.
 */
public final class Body {
    /** Below this many bytes deflating does not pay: the texts are kept as plain UTF-8. */
    private static final int COMPRESS_FROM = 256;

    /** The UTF-8 texts in the order markdown, text, html: deflated, or plain when short. */
    private final byte[] packed;

    private final boolean deflated;
    private final int markdownLength;
    private final int textLength;
    private final int htmlLength;
    private final List<BodyLink> links;

    /**
     * @param markdown the text as written
     * @param html safe HTML, with cross-references already turned into relative links
     * @param text the body as plain text (for search and descriptions)
     * @param links every link of the body, with where it was written
     */
    public Body(String markdown, String html, String text, List<BodyLink> links) {
        byte[] m = markdown.getBytes(StandardCharsets.UTF_8);
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        byte[] h = html.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[m.length + t.length + h.length];
        System.arraycopy(m, 0, all, 0, m.length);
        System.arraycopy(t, 0, all, m.length, t.length);
        System.arraycopy(h, 0, all, m.length + t.length, h.length);
        byte[] compressed = all.length < COMPRESS_FROM ? null : deflate(all);
        this.deflated = compressed != null && compressed.length < all.length;
        this.packed = deflated ? compressed : all;
        this.markdownLength = m.length;
        this.textLength = t.length;
        this.htmlLength = h.length;
        this.links = List.copyOf(links);
    }

    /** The text as written. */
    public String markdown() {
        return text(0, markdownLength);
    }

    /** Safe HTML, with cross-references already turned into relative links. */
    public String html() {
        return text(markdownLength + textLength, htmlLength);
    }

    /** The body as plain text (for search and descriptions). */
    public String text() {
        return text(markdownLength, textLength);
    }

    /** Every link of the body, with where it was written. */
    public List<BodyLink> links() {
        return links;
    }

    private String text(int offset, int length) {
        if (length == 0) {
            return "";
        }
        if (!deflated) {
            return new String(packed, offset, length, StandardCharsets.UTF_8);
        }
        byte[] plain = inflate(offset + length);
        return new String(plain, offset, length, StandardCharsets.UTF_8);
    }

    private static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(plain);
            deflater.finish();
            // incompressible text comes out a little longer: then the plain bytes are kept
            byte[] out = new byte[plain.length];
            int n = 0;
            while (!deflater.finished() && n < out.length) {
                n += deflater.deflate(out, n, out.length - n);
            }
            return deflater.finished() ? Arrays.copyOf(out, n) : null;
        } finally {
            deflater.end();
        }
    }

    /** The first {@code length} bytes of the texts: decompression stops there. */
    private byte[] inflate(int length) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            byte[] out = new byte[length];
            int n = 0;
            while (n < length) {
                int got = inflater.inflate(out, n, length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("texte compressé tronqué");
                }
                n += got;
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("texte compressé illisible", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public boolean equals(Object o) {
        // deflating is deterministic, so equal texts give equal bytes
        return o instanceof Body other
                && deflated == other.deflated
                && markdownLength == other.markdownLength
                && textLength == other.textLength
                && htmlLength == other.htmlLength
                && Arrays.equals(packed, other.packed)
                && links.equals(other.links);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(packed) * 31 + links.hashCode();
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
