package fr.artisanat.relais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import fr.artisanat.relais.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview rebuilds a saved measure from partial sources (only that measure is read again): the
 * vocabulary's check that each tag is carried by some measure cannot be made on them, and must not
 * report the other measures' tags as unused.
 */
class IncrementalVocabularyTest {
    @TempDir Path dir;

    @Test
    void savingOneMeasureDoesNotReportTheOtherMeasuresTagsAsUnused() {
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/data/vocabulary.yml",
                "situations:\n  - words: [perte]\n    tags: [chiffre d'affaires, inconnue]\n");
        IncrementalPipeline pipeline =
                new IncrementalPipeline(
                        new BuildOptions(
                                dir.resolve("content"),
                                TestSite.TEMPLATES,
                                dir.resolve("apercu"),
                                LocalDate.parse(TestSite.AS_OF),
                                true,
                                false),
                        path -> null);
        assertTrue(pipeline.full().succeeded());
        assertEquals(List.of("inconnue"), unusedTags(pipeline.diagnostics()));

        site.write(
                "content/measures/pret-beta.md",
                site.read("content/measures/pret-beta.md").replace("Entre 3 000", "Soit 3 000"));
        assertTrue(
                pipeline.update(Set.of(dir.resolve("content/measures/pret-beta.md"))).succeeded());
        assertEquals(List.of(), unusedTags(pipeline.diagnostics()));
    }

    private static List<String> unusedTags(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(Diagnostic::message)
                .filter(m -> m.contains("n'a l'étiquette"))
                .map(m -> m.replaceAll(".*l'étiquette « ([^»]*) ».*", "$1"))
                .toList();
    }
}
