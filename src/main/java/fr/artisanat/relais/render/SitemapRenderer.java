package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml} and {@code robots.txt}: the only places besides the feed with absolute URLs.
 */
final class SitemapRenderer {
    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";

    private SitemapRenderer() {}

    /**
     * @param htmlPaths every HTML page written, in output order
     */
    static OutputFile sitemap(Site site, List<String> htmlPaths) {
        Map<String, String> lastmod = new java.util.HashMap<>();
        for (Measure m : site.measures()) {
            lastmod.put(SitePaths.measure(m.slug()), m.updated().toString());
        }
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        htmlPaths.stream()
                .filter(p -> !p.equals("404.html"))
                .sorted()
                .forEach(
                        path -> {
                            xml.append("  <url><loc>")
                                    .append(
                                            Markup.xml(
                                                    SitePaths.absolute(
                                                            site.config().baseUrl(), path)))
                                    .append("</loc>");
                            String date = lastmod.get(path);
                            if (date != null) {
                                xml.append("<lastmod>").append(date).append("</lastmod>");
                            }
                            xml.append("</url>\n");
                        });
        xml.append("</urlset>\n");
        return new OutputFile(SITEMAP, xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    static OutputFile robots(Site site) {
        String text =
                "User-agent: *\nAllow: /\n\nSitemap: " + site.config().baseUrl() + "sitemap.xml\n";
        return new OutputFile(ROBOTS, text.getBytes(StandardCharsets.UTF_8));
    }
}
