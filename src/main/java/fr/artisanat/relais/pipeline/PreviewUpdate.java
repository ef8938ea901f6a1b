package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.render.OutputFile;
import java.util.List;
import java.util.Set;

/**
 * What one preview rebuild changed: the files it rendered (to write where their bytes differ) and
 * the files that no longer exist. A failed rebuild changes nothing, so the last good site stays
 * served.
 *
 * @param diagnostics every problem of the content as it is now, also those of files that were not
 *     re-read
 * @param files the files rendered by this rebuild (every file for a full rebuild)
 * @param removed paths of the previous site that are gone
 * @param succeeded false when the content or templates have errors
 * @param incremental false when everything was re-read and re-rendered
 * @param millis wall time of the rebuild
 */
public record PreviewUpdate(
        Diagnostics diagnostics,
        List<OutputFile> files,
        Set<String> removed,
        boolean succeeded,
        boolean incremental,
        long millis) {

    public PreviewUpdate {
        files = List.copyOf(files);
        removed = Set.copyOf(removed);
    }
}
