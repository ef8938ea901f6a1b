package fr.artisanat.relais.model;

/**
 * Where an editor wrote something: a path relative to the project root, a 1-based line and column.
 * Every library counts differently; each owning package converts once into this.
 *
 * @param file path as the editor would open it, e.g. {@code content/measures/pge.md}
 * @param line 1-based line, or 0 when the whole file is meant
 * @param column 1-based column, or 0 when unknown
 */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public SourcePosition atLine(int newLine) {
        return new SourcePosition(file, newLine, 0);
    }

    /** {@code file:line:column}, omitting the parts that are unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
