package fr.artisanat.relais.diagnostic;

import fr.artisanat.relais.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics while a stage keeps going, so editors see every problem in one run. Safe to
 * share between the threads of one stage.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(SourcePosition position, String message) {
        add(new Diagnostic(Severity.ERROR, position, message));
    }

    public void warning(SourcePosition position, String message) {
        add(new Diagnostic(Severity.WARNING, position, message));
    }

    public synchronized void addAll(Diagnostics other) {
        items.addAll(other.sorted());
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.size() - errorCount();
    }

    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    /** All diagnostics in report order. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }
}
