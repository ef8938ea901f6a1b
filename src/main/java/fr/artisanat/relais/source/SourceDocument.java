package fr.artisanat.relais.source;

import fr.artisanat.relais.model.PackedText;
import fr.artisanat.relais.model.SourcePosition;
import java.util.Objects;

/**
 * One file of {@code content/}, read but not yet validated.
 *
 * <p>The body is kept as a {@link PackedText}: every source is in memory until the whole site is
 * validated, and at 100 000 measures their bodies as strings took 800 MB, more than a 2 GB heap can
 * spare beside the model being built. Immutable, as a record would be.
 */
public final class SourceDocument {
    private final String path;
    private final String name;
    private final YamlNode data;
    private final PackedText body;
    private final int bodyFirstLine;

    /**
     * @param path the file as editors name it ({@code content/measures/pge.md})
     * @param name file name without extension: the slug of a measure or page
     * @param data the parsed YAML (front matter or data file), or null when it could not be read
     * @param body the Markdown body (empty for YAML files)
     * @param bodyFirstLine the file line where the body starts
     */
    public SourceDocument(String path, String name, YamlNode data, String body, int bodyFirstLine) {
        this.path = path;
        this.name = name;
        this.data = data;
        this.body = new PackedText(body);
        this.bodyFirstLine = bodyFirstLine;
    }

    /** The file as editors name it ({@code content/measures/pge.md}). */
    public String path() {
        return path;
    }

    /** File name without extension: the slug of a measure or page. */
    public String name() {
        return name;
    }

    /** The parsed YAML (front matter or data file), or null when it could not be read. */
    public YamlNode data() {
        return data;
    }

    /** The Markdown body (empty for YAML files). */
    public String body() {
        return body.get(0);
    }

    /** The file line where the body starts. */
    public int bodyFirstLine() {
        return bodyFirstLine;
    }

    public SourcePosition position() {
        return SourcePosition.ofFile(path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceDocument other
                && Objects.equals(path, other.path)
                && Objects.equals(name, other.name)
                && Objects.equals(data, other.data)
                && body.equals(other.body)
                && bodyFirstLine == other.bodyFirstLine;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, name, data, body, bodyFirstLine);
    }

    @Override
    public String toString() {
        return "SourceDocument[path="
                + path
                + ", name="
                + name
                + ", data="
                + data
                + ", body="
                + body()
                + ", bodyFirstLine="
                + bodyFirstLine
                + "]";
    }
}
