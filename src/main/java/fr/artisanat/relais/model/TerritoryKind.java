package fr.artisanat.relais.model;

import java.util.Arrays;
import java.util.Optional;

/** The {@code kind} of a territory. */
public enum TerritoryKind {
    PAYS("pays", "Pays"),
    REGION("region", "Région"),
    DEPARTEMENT("departement", "Département");

    private final String code;
    private final String label;

    TerritoryKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<TerritoryKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
