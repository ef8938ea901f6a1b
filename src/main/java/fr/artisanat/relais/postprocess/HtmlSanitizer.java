package fr.artisanat.relais.postprocess;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps the harmless part of the HTML a body produced: text formatting, lists, tables, links over
 * http(s), {@code mailto:} and {@code tel:} and relative links. Scripts, styles, event handlers,
 * iframes, forms, images and {@code javascript:}/{@code data:} URLs are removed, since an editor
 * may paste anything from a web page or a document.
 *
 * <p>In the same pass it makes what Markdown produced accessible: a table is wrapped in a labelled,
 * focusable region so keyboard users can scroll it on a phone, and a link to another site says so
 * to screen readers.
 */
public final class HtmlSanitizer {
    /** Only used to let jsoup judge relative links; never appears in the output. */
    private static final String BASE = "https://relais.invalid/mesures/page/";

    private final Safelist safelist;

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
                        .addTags("del", "s", "hr")
                        .addProtocols("a", "href", "tel")
                        .preserveRelativeLinks(true);
    }

    public String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element table : clean.body().select("table")) {
            table.wrap(
                    "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\""
                            + " aria-label=\"Tableau (défilement horizontal possible)\"></div>");
        }
        for (Element link : clean.body().select("a[href]")) {
            String href = link.attr("href").toLowerCase(Locale.ROOT);
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.addClass("ext");
                link.appendElement("span").addClass("sr-only").text(" (site externe)");
            }
        }
        return clean.body().html();
    }
}
