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

    public static List<ExternalLink> collect(Site site) {
        Map<String, List<SourcePosition>> found = new TreeMap<>();
        for (Measure m : site.measures()) {
            for (SourceRef source : m.sources()) {
                add(found, source.url(), source.position());
            }
            add(found, m.applyUrl(), m.position());
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
