package fr.artisanat.relais.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the published site: its bytes, or for a file too large to hold, what writes it.
 *
 * <p>The array of a file in memory is shared, not copied: a build hands tens of thousands of pages
 * from the renderer to the link check and to the disk, and copying each one on every access cost
 * about a gigabyte of garbage at 10 000 measures. Nobody writes into it once built.
 *
 * <p>A {@linkplain #streamed streamed} file is written straight to its destination by {@link
 * #writeTo}: {@code mesures.json} alone weighs about 5.6 KB per measure, half a gigabyte at 100 000
 * measures, more than a 2 GB heap can hold twice while it is built. Writing it again gives the same
 * bytes.
 */
public final class OutputFile {
    /**
     * What writes a streamed file; called once per write, and must give the same bytes each time.
     */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String path;
    private final byte[] bytes;
    private final Content content;

    /**
     * @param path relative to the output folder, with {@code /} separators
     * @param bytes its exact content
     */
    public OutputFile(String path, byte[] bytes) {
        this.path = Objects.requireNonNull(path);
        this.bytes = Objects.requireNonNull(bytes);
        this.content = null;
    }

    private OutputFile(String path, Content content) {
        this.path = Objects.requireNonNull(path);
        this.bytes = null;
        this.content = Objects.requireNonNull(content);
    }

    /** A file written by {@code content} when it goes to disk, never held in memory as a whole. */
    public static OutputFile streamed(String path, Content content) {
        return new OutputFile(path, content);
    }

    /** Relative to the output folder, with {@code /} separators. */
    public String path() {
        return path;
    }

    /**
     * Its exact content. A streamed file is written into memory for the call: for tests and the
     * preview, not for a large build.
     */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether the file is written by {@link #writeTo} rather than held in memory. */
    public boolean isStreamed() {
        return content != null;
    }

    /** Writes the content to {@code out}, which it does not close. */
    public void writeTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
        } else {
            content.writeTo(out);
        }
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile other
                && path.equals(other.path)
                && Arrays.equals(bytes(), other.bytes());
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(bytes());
    }

    @Override
    public String toString() {
        return path
                + (bytes == null ? " (écrit au fil de l'eau)" : " (" + bytes.length + " octets)");
    }
}
