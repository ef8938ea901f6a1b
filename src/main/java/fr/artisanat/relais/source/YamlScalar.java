package fr.artisanat.relais.source;

import fr.artisanat.relais.model.SourcePosition;

/**
 * A scalar with the text as written and the type YAML resolved for it.
 *
 * @param text the scalar's text (without quotes)
 * @param type what YAML resolved: a quoted value is always a string
 */
public record YamlScalar(String text, Type type, SourcePosition position) implements YamlNode {

    /** The YAML core types an editor's scalar may resolve to. */
    public enum Type {
        STRING,
        INT,
        FLOAT,
        BOOL,
        NULL,
        TIMESTAMP
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    @Override
    public String describe() {
        return switch (type) {
            case STRING -> "un texte";
            case INT, FLOAT -> "un nombre";
            case BOOL -> "un booléen";
            case NULL -> "une valeur vide";
            case TIMESTAMP -> "une date";
        };
    }
}
