package fr.artisanat.relais.source;

import fr.artisanat.relais.model.SourcePosition;

/**
 * One file of {@code content/}, read but not yet validated.
 *
 * @param path the file as editors name it ({@code content/measures/pge.md})
 * @param name file name without extension: the slug of a measure or page
 * @param data the parsed YAML (front matter or data file), or null when it could not be read
 * @param body the Markdown body (empty for YAML files)
 * @param bodyFirstLine the file line where the body starts
 */
public record SourceDocument(
        String path, String name, YamlNode data, String body, int bodyFirstLine) {

    public SourcePosition position() {
        return SourcePosition.ofFile(path);
    }
}
