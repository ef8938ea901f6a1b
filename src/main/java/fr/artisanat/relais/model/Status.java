package fr.artisanat.relais.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A measure's status on the published site. {@link #CLOSING} is an open measure whose {@code
 * closes} date is at most {@link StatusCalculator#CLOSING_SOON_DAYS} days away.
 */
public enum Status {
    OPEN("open", "Ouvert"),
    CLOSING("closing", "Ferme bientôt"),
    UPCOMING("upcoming", "À venir"),
    CLOSED("closed", "Clos");

    private final String code;
    private final String label;

    Status(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Open and closing-soon measures are the ones an artisan can apply to today. */
    public boolean isOpen() {
        return this == OPEN || this == CLOSING;
    }

    /** Sort rank for lists: open first, then upcoming, then closed. */
    public int rank() {
        return switch (this) {
            case CLOSING, OPEN -> 0;
            case UPCOMING -> 1;
            case CLOSED -> 2;
        };
    }

    /** The values an editor may write in {@code status}. */
    public static Optional<Status> fromOverride(String code) {
        return Arrays.stream(values()).filter(s -> s != CLOSING && s.code.equals(code)).findFirst();
    }
}
