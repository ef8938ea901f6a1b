package fr.artisanat.relais.render;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the published site. The array is shared, not copied: a build hands tens of thousands
 * of pages from the renderer to the link check and to the disk, and copying each one on every
 * access cost about a gigabyte of garbage at 10 000 measures. Nobody writes into it once built.
 *
 * @param path relative to the output folder, with {@code /} separators
 * @param bytes its exact content
 */
public record OutputFile(String path, byte[] bytes) {
    public OutputFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(bytes);
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile other
                && path.equals(other.path)
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return path + " (" + bytes.length + " octets)";
    }
}
