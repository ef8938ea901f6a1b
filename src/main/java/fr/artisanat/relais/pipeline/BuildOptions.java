package fr.artisanat.relais.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one build reads, writes and decides with.
 *
 * @param asOf the date statuses are computed against
 * @param includeDrafts publish drafts too (preview)
 * @param strict warnings fail the build
 */
public record BuildOptions(
        Path content,
        Path templates,
        Path out,
        LocalDate asOf,
        boolean includeDrafts,
        boolean strict) {}
