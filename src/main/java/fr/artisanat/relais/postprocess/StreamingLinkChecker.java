package fr.artisanat.relais.postprocess;

import fr.artisanat.relais.render.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The internal link check of a full build, page by page: each page is scanned when it is rendered
 * and its links are checked at once against the files known so far, so the build can write the page
 * and forget it. Files may be announced ({@link #addPath}) while pages are checked: the other files
 * and the search index are made at the same time as the pages. A link whose target is not known
 * yet, or whose {@code #fragment} points into a page not scanned yet, is kept and checked again by
 * {@link #finish}; only the ids of each page stay in memory (a few per page). Safe to call from
 * several threads; the result does not depend on the order of the pages.
 */
public final class StreamingLinkChecker {
    private final InternalLinkChecker checker;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final List<Pending> pending = new ArrayList<>();

    /** A link that was not found good when its page was scanned: its target may come later. */
    private record Pending(String page, String url, int line) {}

    StreamingLinkChecker(InternalLinkChecker checker, Set<String> paths) {
        this.checker = checker;
        this.paths.addAll(paths);
    }

    /** Announces a file of the site, before or after the pages that link to it. */
    public void addPath(String path) {
        paths.add(path);
    }

    /** Checks the links of one page (other files are ignored). */
    public void accept(OutputFile file) {
        if (!file.isHtml()) {
            return;
        }
        byte[] bytes = file.bytes();
        PageLinks page = HtmlLinkScanner.scan(bytes);
        ids.put(file.path(), page.ids());
        List<Pending> later = new ArrayList<>();
        for (PageLinks.PageLink link : page.links()) {
            boolean[] deferred = {false};
            String problem =
                    checker.problem(
                            file.path(),
                            link.url(),
                            paths,
                            target -> {
                                if (target.equals(file.path())) {
                                    return page.ids();
                                }
                                Set<String> known = ids.get(target);
                                deferred[0] = known == null;
                                return known;
                            });
            if (problem != null || deferred[0]) {
                // decided by finish(), once every file and page is known
                later.add(
                        new Pending(
                                file.path(),
                                link.url(),
                                HtmlLinkScanner.lineOf(bytes, link.offset())));
            }
        }
        if (!later.isEmpty()) {
            synchronized (this) {
                pending.addAll(later);
            }
        }
    }

    /**
     * Every broken link, once all files were announced and all pages accepted, sorted by page and
     * line.
     */
    public synchronized List<BrokenLink> finish() {
        List<BrokenLink> all = new ArrayList<>();
        for (Pending p : pending) {
            String problem = checker.problem(p.page(), p.url(), paths, ids::get);
            if (problem != null) {
                all.add(new BrokenLink(p.page(), p.line(), p.url(), problem));
            }
        }
        return InternalLinkChecker.sorted(all);
    }
}
