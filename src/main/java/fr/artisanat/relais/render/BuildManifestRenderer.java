package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.Status;
import fr.artisanat.relais.model.StatusChanges;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code build.json}: what a publishing job needs to decide whether to rebuild. {@code generator}
 * marks the folder as written by Relais, so the next build may replace it. {@code next_change} is
 * the first day the published statuses go stale; a daily job rebuilds when today has reached it
 * (see the README). Only dates from the content and the build date: reproducible.
 */
final class BuildManifestRenderer {
    private BuildManifestRenderer() {}

    static OutputFile render(Site site) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        for (Measure m : site.measures()) {
            counts.merge(m.status(), 1, Integer::sum);
        }
        List<StatusChanges.Change> next = StatusChanges.next(site.measures(), site.buildDate());
        // "generator" comes first: it is how a later build knows this folder is one it may replace
        StringBuilder json = new StringBuilder("{\n  \"generator\": \"Relais\",\n");
        json.append("  \"build_date\": ")
                .append(Markup.json(site.buildDate().toString()))
                .append(",\n  \"measures\": ")
                .append(site.measures().size())
                .append(",\n  \"by_status\": {");
        String sep = "";
        for (Status s : Status.values()) {
            json.append(sep).append(Markup.json(s.code())).append(": ").append(counts.get(s));
            sep = ", ";
        }
        json.append("},\n  \"next_change\": ")
                .append(next.isEmpty() ? "null" : Markup.json(next.get(0).date().toString()))
                .append(",\n  \"next_changes\": [");
        sep = "\n";
        for (StatusChanges.Change c : next) {
            json.append(sep)
                    .append("    {\"slug\": ")
                    .append(Markup.json(c.slug()))
                    .append(", \"from\": ")
                    .append(Markup.json(c.from().code()))
                    .append(", \"to\": ")
                    .append(Markup.json(c.to().code()))
                    .append("}");
            sep = ",\n";
        }
        json.append(next.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return new OutputFile(
                SitePaths.BUILD_MANIFEST, json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
