package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.MeasureOrder;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Atom feeds of measure updates, newest first: the site's, and one per département with the
 * measures that apply there. Their dates come from the content ({@code updated}), never from the
 * clock, so two builds of the same content give the same bytes.
 */
final class FeedRenderer {
    static final int MAX_ENTRIES = 50;

    private FeedRenderer() {}

    static OutputFile render(Site site) {
        return render(
                site,
                site.measures(),
                SitePaths.FEED,
                site.config().title() + " — mises à jour des mesures",
                site.config().baseUrl());
    }

    /**
     * The feed of {@code measures}, written at {@code path}.
     *
     * @param alternate the absolute address of the page the feed follows, also its Atom id
     */
    static OutputFile render(
            Site site, List<Measure> measures, String path, String title, String alternate) {
        String base = site.config().baseUrl();
        List<Measure> latest =
                measures.stream().sorted(MeasureOrder.LATEST_FIRST).limit(MAX_ENTRIES).toList();
        String updated =
                latest.isEmpty() ? site.buildDate().toString() : latest.get(0).updated().toString();
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\n")
                .append("  <title>")
                .append(Markup.xml(title))
                .append("</title>\n")
                .append("  <id>")
                .append(Markup.xml(alternate))
                .append("</id>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Markup.xml(alternate))
                .append("\"/>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(Markup.xml(base + path))
                .append("\"/>\n")
                .append("  <updated>")
                .append(updated)
                .append("T00:00:00Z</updated>\n")
                .append("  <author><name>")
                .append(Markup.xml(site.config().title()))
                .append("</name></author>\n");
        for (Measure m : latest) {
            String url = SitePaths.absolute(base, SitePaths.measure(m.slug()));
            xml.append("  <entry>\n")
                    .append("    <title>")
                    .append(Markup.xml(m.title()))
                    .append("</title>\n")
                    .append("    <id>")
                    .append(Markup.xml(url))
                    .append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(Markup.xml(url))
                    .append("\"/>\n")
                    .append("    <updated>")
                    .append(m.updated())
                    .append("T00:00:00Z</updated>\n")
                    .append("    <summary>")
                    .append(Markup.xml(m.status().label() + " — " + m.summary()))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return new OutputFile(path, xml.toString().getBytes(StandardCharsets.UTF_8));
    }
}
