package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each département has its own calendar and Atom feed with the measures that apply there: its own,
 * its region's and France's, as on its page.
 */
class SubscriptionsRendererTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir Path dir;
    private TestSite site;

    @BeforeEach
    void build() {
        site = TestSite.minimal(dir);
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
    }

    private Set<String> uids(String path) throws Exception {
        return CalendarRendererTest.events(
                        CalendarRendererTest.parse(Files.readAllBytes(site.out().resolve(path))))
                .keySet();
    }

    private org.w3c.dom.Document feed(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.out().resolve(path).toFile());
    }

    private static List<String> entryIds(org.w3c.dom.Document feed) {
        List<String> ids = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(
                    ((Element) entries.item(i))
                            .getElementsByTagNameNS(ATOM, "id")
                            .item(0)
                            .getTextContent());
        }
        return ids;
    }

    @Test
    void departementCalendarHoldsItsRegionalAndNationalDeadlines() throws Exception {
        assertEquals(
                Set.of(
                        "aide-alpha-ouverture@example.org",
                        "aide-alpha-cloture@example.org",
                        "pret-beta-ouverture@example.org",
                        "pret-beta-cloture@example.org"),
                uids("territoires/09/echeances.ics"));
        assertTrue(
                uids("territoires/31/echeances.ics")
                        .contains("gamma-a-venir-ouverture@example.org"));
        assertFalse(
                uids("territoires/09/echeances.ics")
                        .contains("gamma-a-venir-ouverture@example.org"));
    }

    @Test
    void departementFeedIsAtomWithTheMeasuresOfItsPage() throws Exception {
        org.w3c.dom.Document feed = feed("territoires/31/flux.xml");
        assertEquals(ATOM, feed.getDocumentElement().getNamespaceURI());
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        String base = "https://example.org/portail/mesures/";
        assertEquals(
                Set.of(
                        base + "aide-alpha/",
                        base + "delta-close/",
                        base + "gamma-a-venir/",
                        base + "pret-beta/"),
                Set.copyOf(entryIds(feed)));
        assertFalse(entryIds(feed("territoires/09/flux.xml")).contains(base + "gamma-a-venir/"));
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        boolean self = false;
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            self |=
                    link.getAttribute("rel").equals("self")
                            && link.getAttribute("href")
                                    .equals("https://example.org/portail/territoires/31/flux.xml");
        }
        assertTrue(self);
    }

    @Test
    void departementPageLinksToItsCalendarAndFeed() {
        Document page = Jsoup.parse(site.read("site/territoires/31/index.html"));
        assertEquals(
                1,
                page.select(
                                "head link[rel=alternate][type=application/atom+xml]"
                                        + "[href=../../territoires/31/flux.xml]")
                        .size());
        assertEquals(1, page.select("main a[href=../../territoires/31/echeances.ics]").size());
        assertEquals(1, page.select("main a[href=../../territoires/31/flux.xml]").size());
        Document region = Jsoup.parse(site.read("site/territoires/occitanie/index.html"));
        assertTrue(region.select("a[href$=echeances.ics]").isEmpty());
        assertFalse(Files.exists(site.out().resolve("territoires/occitanie/echeances.ics")));
    }
}
