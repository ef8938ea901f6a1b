package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.render.OutputFile;
import java.util.List;

/**
 * What a build produced.
 *
 * @param site the validated model, or null when validation failed
 * @param files the files of the site (empty when the build failed)
 * @param written whether the output folder was replaced
 * @param millis wall time of the build
 */
public record BuildResult(
        Diagnostics diagnostics, Site site, List<OutputFile> files, boolean written, long millis) {

    public BuildResult {
        files = List.copyOf(files);
    }

    public boolean succeeded() {
        return written || (!diagnostics.hasErrors() && !files.isEmpty());
    }

    public long pageCount() {
        return files.stream().filter(OutputFile::isHtml).count();
    }
}
