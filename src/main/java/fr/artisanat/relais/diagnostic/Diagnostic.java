package fr.artisanat.relais.diagnostic;

import fr.artisanat.relais.model.SourcePosition;
import java.util.Comparator;

/**
 * One problem in an editor's file, with where it is and what to do about it (in French).
 *
 * @param severity error or warning
 * @param position where the problem is; never null
 * @param message French text naming the field, the bad value and the fix
 */
public record Diagnostic(Severity severity, SourcePosition position, String message) {

    /** Report order: by file, then line, then column, then message. */
    public static final Comparator<Diagnostic> ORDER =
            Comparator.comparing((Diagnostic d) -> d.position().file())
                    .thenComparingInt(d -> d.position().line())
                    .thenComparingInt(d -> d.position().column())
                    .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/measures/pge.md:7:3: erreur : message} */
    public String format() {
        return position + ": " + severity.label() + " : " + message;
    }
}
