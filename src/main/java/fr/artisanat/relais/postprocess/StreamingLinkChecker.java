package fr.artisanat.relais.postprocess;

import fr.artisanat.relais.render.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The internal link check of a full build, page by page: each page is scanned when it is rendered
 * and its links are checked at once against the list of every file of the site, so the build can
 * write the page and forget it. Only the ids of each page are kept (a few per page), for links with
 * a {@code #fragment} into a page not rendered yet, which are checked again by {@link #finish}.
 * Safe to call from several threads; the result does not depend on the order of the pages.
 */
public final class StreamingLinkChecker {
    private final InternalLinkChecker checker;
    private final Set<String> paths;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<BrokenLink> broken = new ArrayList<>();

    /** A link whose target page was not scanned yet when its own page was. */
    private record Pending(String page, String url, int line) {}

    StreamingLinkChecker(InternalLinkChecker checker, Set<String> paths) {
        this.checker = checker;
        this.paths = Set.copyOf(paths);
    }

    /** Checks the links of one page (other files are ignored). */
    public void accept(OutputFile file) {
        if (!file.isHtml()) {
            return;
        }
        byte[] bytes = file.bytes();
        PageLinks page = HtmlLinkScanner.scan(bytes);
        ids.put(file.path(), page.ids());
        List<BrokenLink> found = new ArrayList<>();
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
                int line = HtmlLinkScanner.lineOf(bytes, link.offset());
                if (problem != null) {
                    found.add(new BrokenLink(file.path(), line, link.url(), problem));
                } else {
                    later.add(new Pending(file.path(), link.url(), line));
                }
            }
        }
        synchronized (this) {
            broken.addAll(found);
            pending.addAll(later);
        }
    }

    /** Every broken link, once all pages were accepted, sorted by page and line. */
    public synchronized List<BrokenLink> finish() {
        List<BrokenLink> all = new ArrayList<>(broken);
        for (Pending p : pending) {
            String problem = checker.problem(p.page(), p.url(), paths, ids::get);
            if (problem != null) {
                all.add(new BrokenLink(p.page(), p.line(), p.url(), problem));
            }
        }
        return InternalLinkChecker.sorted(all);
    }
}
