package fr.artisanat.relais.postprocess;

import java.util.List;
import java.util.Set;

/**
 * What the link check needs from one generated page: its links and the fragments it offers.
 *
 * @param links every {@code href}, {@code src} and {@code srcset} URL, in page order
 * @param ids every {@code id}, and every {@code name} of an {@code <a>}
 */
record PageLinks(List<PageLink> links, Set<String> ids) {

    /**
     * One URL of a page.
     *
     * @param url decoded attribute value (one candidate of a {@code srcset})
     * @param offset where its tag starts in the page, to compute a line only when it is broken
     */
    record PageLink(String url, int offset) {}
}
