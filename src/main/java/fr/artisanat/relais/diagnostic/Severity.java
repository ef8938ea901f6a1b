package fr.artisanat.relais.diagnostic;

/** How bad a diagnostic is: errors stop the build, warnings only with {@code --strict}. */
public enum Severity {
    ERROR("erreur"),
    WARNING("avertissement");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The French word printed in reports. */
    public String label() {
        return label;
    }
}
