package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml} and {@code robots.txt}: the only places besides the feed with absolute URLs.
 * The sitemap protocol allows 50 000 URLs per file: a larger site gets {@code sitemap.xml} as an
 * index of {@code sitemap-1.xml}, {@code sitemap-2.xml}… of 50 000 pages each.
 */
final class SitemapRenderer {
    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";

    /** The protocol's limit of URLs in one sitemap file. */
    static final int MAX_URLS = 50_000;

    private SitemapRenderer() {}

    /**
     * Written straight to the files, as the pages are listed: about 110 bytes per page.
     *
     * @param htmlPaths every HTML page written, in output order
     */
    static List<OutputFile> sitemaps(Site site, List<String> htmlPaths) {
        Map<String, String> lastmod = new HashMap<>();
        for (Measure m : site.measures()) {
            lastmod.put(SitePaths.measure(m.slug()), m.updated().toString());
        }
        return sitemaps(site.config().baseUrl(), lastmod, htmlPaths, MAX_URLS);
    }

    /** {@link #sitemaps(Site, List)} with the pieces it needs, and the limit per file. */
    static List<OutputFile> sitemaps(
            String baseUrl, Map<String, String> lastmod, List<String> htmlPaths, int maxUrls) {
        List<String> sorted =
                htmlPaths.stream().filter(p -> !p.equals("404.html")).sorted().toList();
        if (sorted.size() <= maxUrls) {
            return List.of(
                    OutputFile.streamed(SITEMAP, out -> urlset(baseUrl, lastmod, sorted, out)));
        }
        List<OutputFile> files = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += maxUrls) {
            String part = "sitemap-" + (parts.size() + 1) + ".xml";
            List<String> slice = sorted.subList(from, Math.min(sorted.size(), from + maxUrls));
            parts.add(part);
            files.add(OutputFile.streamed(part, out -> urlset(baseUrl, lastmod, slice, out)));
        }
        List<String> names = List.copyOf(parts);
        files.add(0, OutputFile.streamed(SITEMAP, out -> index(baseUrl, names, out)));
        return List.copyOf(files);
    }

    private static void urlset(
            String baseUrl, Map<String, String> lastmod, List<String> paths, OutputStream out)
            throws IOException {
        PageBuffer xml = new PageBuffer();
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.write("  <url><loc>");
            xml.write(Markup.xml(SitePaths.absolute(baseUrl, path)));
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

    private static void index(String baseUrl, List<String> parts, OutputStream out)
            throws IOException {
        PageBuffer xml = new PageBuffer();
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.write("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String part : parts) {
            xml.write("  <sitemap><loc>");
            xml.write(Markup.xml(SitePaths.absolute(baseUrl, part)));
            xml.write("</loc></sitemap>\n");
        }
        xml.write("</sitemapindex>\n");
        xml.close();
        xml.drainTo(out, 0);
    }

    static OutputFile robots(Site site) {
        String text =
                "User-agent: *\nAllow: /\n\nSitemap: " + site.config().baseUrl() + "sitemap.xml\n";
        return new OutputFile(ROBOTS, text.getBytes(StandardCharsets.UTF_8));
    }
}
