package fr.artisanat.relais.model;

import java.util.Arrays;
import java.util.Optional;

/** The administrative level a measure belongs to, as written in {@code level}. */
public enum Level {
    NATIONAL("national", "Nationale"),
    REGIONAL("regional", "Régionale"),
    DEPARTMENTAL("departmental", "Départementale"),
    LOCAL("local", "Locale");

    private final String code;
    private final String label;

    Level(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Level> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
