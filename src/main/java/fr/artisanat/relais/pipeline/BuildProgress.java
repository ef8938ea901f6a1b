package fr.artisanat.relais.pipeline;

/**
 * Told what a build is doing, so a terminal can show a long build moving (the command line decides
 * whether and how often to print). Called from the build's threads.
 */
@FunctionalInterface
public interface BuildProgress {
    /** Prints nothing: tests, the preview, CI logs. */
    BuildProgress SILENT = (phase, done, total) -> {};

    /**
     * @param phase what is being done, in French (« validation », « pages »)
     * @param done items finished in this phase
     * @param total items in this phase, 0 when unknown
     */
    void update(String phase, long done, long total);
}
