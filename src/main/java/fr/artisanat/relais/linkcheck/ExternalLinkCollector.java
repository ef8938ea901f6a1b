package fr.artisanat.relais.linkcheck;

import fr.artisanat.relais.model.BodyLink;
import fr.artisanat.relais.model.Chamber;
import fr.artisanat.relais.model.Funder;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Page;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.model.SourceRef;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers every distinct external address of the site from the model, so each is checked once
 * however many measures cite it, and the report can still name every file and line.
 *
 * <pre>
 * two measures citing https://www.urssaf.fr/ → one ExternalLink with two origins
 * </pre>
 */
public final class ExternalLinkCollector {
    private static final Comparator<SourcePosition> ORDER =
            Comparator.comparing(SourcePosition::file)
                    .thenComparingInt(SourcePosition::line)
                    .thenComparingInt(SourcePosition::column);

    private ExternalLinkCollector() {}

    /**
     * @param base the folder content file names are relative to (the parent of {@code content/}),
     *     to find each {@code apply_url}'s line
     */
    public static List<ExternalLink> collect(Site site, Path base) {
        Map<String, List<SourcePosition>> found = new TreeMap<>();
        for (Measure m : site.measures()) {
            for (SourceRef source : m.sources()) {
                add(found, source.url(), source.position());
            }
            if (m.applyUrl() != null) {
                add(found, m.applyUrl(), applyUrlPosition(m.position(), base));
            }
            body(found, m.body().links());
        }
        for (Page p : site.pages()) {
            body(found, p.body().links());
        }
        var funders = site.taxonomy(TaxonomyKey.FUNDERS);
        if (funders != null) {
            for (Term term : funders.terms()) {
                if (term instanceof Funder f) {
                    add(found, f.url(), f.position());
                }
            }
        }
        for (Chamber c : site.chambers()) {
            add(found, c.url(), c.position());
        }
        List<ExternalLink> links = new ArrayList<>();
        found.forEach(
                (url, origins) -> {
                    List<SourcePosition> sorted =
                            origins.stream().distinct().sorted(ORDER).toList();
                    links.add(new ExternalLink(url, sorted));
                });
        return List.copyOf(links);
    }

    /**
     * The model keeps no position for {@code apply_url}; its line is found again in the measure's
     * file, so the report points at it rather than at the top of the file.
     */
    static SourcePosition applyUrlPosition(SourcePosition measure, Path base) {
        Path file = base.resolve(measure.file());
        if (!Files.isRegularFile(file)) {
            return measure;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("apply_url:")) {
                    return new SourcePosition(measure.file(), i + 1, 1);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // unreadable now: the measure's own position still names the file
        }
        return measure;
    }

    private static void body(Map<String, List<SourcePosition>> found, List<BodyLink> links) {
        for (BodyLink link : links) {
            if (link.href() != null) {
                add(found, link.destination().strip(), link.position());
            }
        }
    }

    private static void add(
            Map<String, List<SourcePosition>> found, String url, SourcePosition at) {
        if (url == null || !isExternal(url)) {
            return;
        }
        found.computeIfAbsent(url, u -> new ArrayList<>()).add(at);
    }

    static boolean isExternal(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://")
                || lower.startsWith("https://")
                || lower.startsWith("mailto:")
                || lower.startsWith("tel:");
    }
}
