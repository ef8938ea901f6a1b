package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
     * Written straight to the file, as the pages are listed: about 110 bytes per page.
     *
     * @param htmlPaths every HTML page written, in output order
     */
    static OutputFile sitemap(Site site, List<String> htmlPaths) {
        return OutputFile.streamed(SITEMAP, out -> write(site, htmlPaths, out));
    }

    private static void write(Site site, List<String> htmlPaths, OutputStream out)
            throws IOException {
        Map<String, String> lastmod = new HashMap<>();
        for (Measure m : site.measures()) {
            lastmod.put(SitePaths.measure(m.slug()), m.updated().toString());
        }
        PageBuffer xml = new PageBuffer();
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> sorted =
                htmlPaths.stream().filter(p -> !p.equals("404.html")).sorted().toList();
        for (String path : sorted) {
            xml.write("  <url><loc>");
            xml.write(Markup.xml(SitePaths.absolute(site.config().baseUrl(), path)));
            xml.write("</loc>");
            String date = lastmod.get(path);
            if (date != null) {
                xml.write("<lastmod>");
                xml.write(date);
                xml.write("</lastmod>");
            }
            xml.write("</url>\n");
            xml.drainTo(out, PageBuffer.DRAIN_THRESHOLD);
        }
        xml.write("</urlset>\n");
        xml.close();
        xml.drainTo(out, 0);
    }

    static OutputFile robots(Site site) {
        String text =
                "User-agent: *\nAllow: /\n\nSitemap: " + site.config().baseUrl() + "sitemap.xml\n";
        return new OutputFile(ROBOTS, text.getBytes(StandardCharsets.UTF_8));
    }
}
