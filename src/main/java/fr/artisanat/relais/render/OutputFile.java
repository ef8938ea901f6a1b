package fr.artisanat.relais.render;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the published site.
 *
 * @param path relative to the output folder, with {@code /} separators
 * @param bytes its exact content
 */
public record OutputFile(String path, byte[] bytes) {
    public OutputFile {
        Objects.requireNonNull(path);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
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
