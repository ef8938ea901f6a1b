package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Site;

/**
 * What a build produced. The files themselves went to disk as they were rendered.
 *
 * @param site the validated model, or null when validation failed
 * @param pageCount HTML pages of the site (0 when the build failed)
 * @param written whether the output folder was replaced
 * @param millis wall time of the build
 */
public record BuildResult(
        Diagnostics diagnostics, Site site, long pageCount, boolean written, long millis) {

    public boolean succeeded() {
        return written || (!diagnostics.hasErrors() && pageCount > 0);
    }
}
