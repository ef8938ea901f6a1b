package fr.artisanat.relais.postprocess;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Keeps the harmless part of the HTML a body produced: text formatting, lists, tables, links over
 * http(s), {@code mailto:} and {@code tel:} and relative links. Scripts, styles, event handlers,
 * iframes, forms, images and {@code javascript:}/{@code data:} URLs are removed, since an editor
 * may paste anything from a web page or a document.
 */
public final class HtmlSanitizer {
    /** Only used to let jsoup judge relative links; never appears in the output. */
    private static final String BASE = "https://relais.invalid/mesures/page/";

    private final Safelist safelist;
    private final Document.OutputSettings output;

    public HtmlSanitizer() {
        this.safelist =
                Safelist.relaxed()
                        .removeTags("img")
                        .addAttributes("h1", "id")
                        .addAttributes("h2", "id")
                        .addAttributes("h3", "id")
                        .addAttributes("h4", "id")
                        .addAttributes("h5", "id")
                        .addAttributes("h6", "id")
                        .addAttributes("th", "align")
                        .addAttributes("td", "align")
                        .addTags("del", "s")
                        .addProtocols("a", "href", "tel")
                        .preserveRelativeLinks(true);
        this.output = new Document.OutputSettings().prettyPrint(false);
    }

    public String clean(String html) {
        return Jsoup.clean(html, BASE, safelist, output);
    }
}
