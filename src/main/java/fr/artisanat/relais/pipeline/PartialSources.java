package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.SourceSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sources a preview rebuild validates when only some measures were saved. */
final class PartialSources {
    private PartialSources() {}

    /** The sources with the saved measures replaced or added, in the loader's order. */
    static SourceSet withMeasures(SourceSet sources, Map<String, SourceDocument> saved) {
        Map<String, SourceDocument> byPath = new LinkedHashMap<>();
        sources.measures().forEach(d -> byPath.put(d.path(), d));
        byPath.putAll(saved);
        List<SourceDocument> measures = new ArrayList<>(byPath.values());
        measures.sort(Comparator.comparing(SourceDocument::path));
        return new SourceSet(
                sources.site(), sources.data(), measures, sources.pages(), sources.history());
    }

    /**
     * The sources where every file but the saved ones is present without data: the validator then
     * checks the saved measures only, against every slug of the site.
     */
    static SourceSet stubbed(SourceSet sources, Set<String> saved) {
        return new SourceSet(
                sources.site(),
                sources.data(),
                sources.measures().stream()
                        .map(d -> saved.contains(d.path()) ? d : stub(d))
                        .toList(),
                sources.pages().stream().map(PartialSources::stub).toList(),
                sources.history());
    }

    private static SourceDocument stub(SourceDocument d) {
        return new SourceDocument(d.path(), d.name(), null, "", 0);
    }
}
