package fr.artisanat.relais.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A few texts kept in memory as one deflated block of UTF-8, each decoded when it is asked for.
 *
 * <p>A measure's texts are the bulk of a large build's memory: held as Java strings, its Markdown
 * (in the source and in the model), HTML and plain text took about 33 KB per measure (UTF-16, since
 * {@code ’} and {@code €} do not fit in Latin-1), more than a 2 GB heap at 100 000 measures.
 * Deflated together they take about a tenth of that, because the HTML and the plain text repeat the
 * Markdown's words. Reading a text decompresses the block only up to the end of that text, so the
 * first text is the cheapest to read.
 *
 * <pre>
 * PackedText t = new PackedText("Un **prêt**.", "Un prêt.");
 * t.get(1)  // "Un prêt."
 * </pre>
 *
 * Immutable and safe to share between threads. Two packed texts are equal when their texts are.
 */
public final class PackedText {
    /** Below this many bytes deflating does not pay: the texts are kept as plain UTF-8. */
    private static final int DEFLATE_FROM = 256;

    private static final int[] NO_ENDS = {};

    /**
     * One compressor and one decompressor per thread, reset between texts: creating them for each
     * text allocated zlib's state (a quarter of a megabyte for a compressor) tens of thousands of
     * times per build. The build's threads live as long as the build.
     */
    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    private static final ThreadLocal<Inflater> INFLATERS =
            ThreadLocal.withInitial(() -> new Inflater(true));

    /** The UTF-8 texts one after the other: deflated, or plain when short. */
    private final byte[] packed;

    private final boolean deflated;

    /** Where each text ends in the plain bytes. */
    private final int[] ends;

    public PackedText(String... texts) {
        byte[][] parts = new byte[texts.length][];
        int[] at = texts.length == 0 ? NO_ENDS : new int[texts.length];
        int length = 0;
        for (int i = 0; i < texts.length; i++) {
            parts[i] = texts[i].getBytes(StandardCharsets.UTF_8);
            length += parts[i].length;
            at[i] = length;
        }
        byte[] all = new byte[length];
        for (int i = 0; i < parts.length; i++) {
            System.arraycopy(parts[i], 0, all, at[i] - parts[i].length, parts[i].length);
        }
        byte[] compressed = length < DEFLATE_FROM ? null : deflate(all);
        this.deflated = compressed != null;
        this.packed = deflated ? compressed : all;
        this.ends = at;
    }

    /** The text at {@code index}, as it was given. */
    public String get(int index) {
        int start = index == 0 ? 0 : ends[index - 1];
        int length = ends[index] - start;
        if (length == 0) {
            return "";
        }
        byte[] plain = deflated ? inflate(ends[index]) : packed;
        return new String(plain, start, length, StandardCharsets.UTF_8);
    }

    /** Null when deflating does not make the bytes shorter. */
    private static byte[] deflate(byte[] plain) {
        Deflater deflater = DEFLATERS.get();
        try {
            deflater.setInput(plain);
            deflater.finish();
            byte[] out = new byte[plain.length];
            int n = 0;
            while (!deflater.finished() && n < out.length) {
                n += deflater.deflate(out, n, out.length - n);
            }
            return deflater.finished() ? Arrays.copyOf(out, n) : null;
        } finally {
            deflater.reset();
        }
    }

    /** The first {@code length} plain bytes: decompression stops there. */
    private byte[] inflate(int length) {
        Inflater inflater = INFLATERS.get();
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
            inflater.reset();
        }
    }

    @Override
    public boolean equals(Object o) {
        // deflating is deterministic, so equal texts give equal bytes
        return o instanceof PackedText other
                && deflated == other.deflated
                && Arrays.equals(ends, other.ends)
                && Arrays.equals(packed, other.packed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(packed) * 31 + Arrays.hashCode(ends);
    }
}
