package fr.artisanat.relais.model;

import java.util.Arrays;
import java.util.Optional;

/** The {@code kind} of a funder. */
public enum FunderKind {
    ETAT("etat", "État"),
    REGION("region", "Région"),
    DEPARTEMENT("departement", "Département"),
    ORGANISME("organisme", "Organisme"),
    BANQUE("banque", "Banque"),
    CHAMBRE("chambre", "Chambre consulaire");

    private final String code;
    private final String label;

    FunderKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<FunderKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
