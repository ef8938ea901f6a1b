package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Past the protocol's URLs per file, the sitemap becomes an index of parts. */
class SitemapRendererTest {
    private static final String BASE = "https://example.org/portail/";
    private static final List<String> PAGES =
            List.of("index.html", "404.html", "mesures/b/index.html", "mesures/a/index.html");

    private static String text(OutputFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void listsEveryPageButTheErrorPageInOneFileWhenThereAreFewEnough() {
        List<OutputFile> files =
                SitemapRenderer.sitemaps(
                        BASE, Map.of("mesures/a/index.html", "2020-04-02"), PAGES, 3);

        assertEquals(List.of("sitemap.xml"), files.stream().map(OutputFile::path).toList());
        assertEquals(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                        + "  <url><loc>https://example.org/portail/</loc></url>\n"
                        + "  <url><loc>https://example.org/portail/mesures/a/</loc>"
                        + "<lastmod>2020-04-02</lastmod></url>\n"
                        + "  <url><loc>https://example.org/portail/mesures/b/</loc></url>\n"
                        + "</urlset>\n",
                text(files.get(0)));
    }

    @Test
    void splitsALargeSiteIntoPartsListedByAnIndex() {
        List<OutputFile> files = SitemapRenderer.sitemaps(BASE, Map.of(), PAGES, 2);

        assertEquals(
                List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"),
                files.stream().map(OutputFile::path).toList());
        assertEquals(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                        + "  <sitemap><loc>https://example.org/portail/sitemap-1.xml</loc></sitemap>\n"
                        + "  <sitemap><loc>https://example.org/portail/sitemap-2.xml</loc></sitemap>\n"
                        + "</sitemapindex>\n",
                text(files.get(0)));
        assertEquals(2, text(files.get(1)).split("<url>").length - 1);
        assertEquals(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                        + "  <url><loc>https://example.org/portail/mesures/b/</loc></url>\n"
                        + "</urlset>\n",
                text(files.get(2)));
    }
}
