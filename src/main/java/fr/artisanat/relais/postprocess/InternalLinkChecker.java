package fr.artisanat.relais.postprocess;

import fr.artisanat.relais.render.OutputFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that every internal link of the generated pages — {@code href}, {@code src}, {@code
 * srcset}, including links written in templates — points to a file of the output, and that every
 * {@code #fragment} names an {@code id} of its target page. Returns every broken link; the caller
 * decides how to report them.
 */
public final class InternalLinkChecker {
    /** Where the site is published ({@code /} or {@code /relais/}), for root-absolute links. */
    private final String basePath;

    public InternalLinkChecker(String basePath) {
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    public List<BrokenLink> check(List<OutputFile> files) {
        Set<String> paths = new HashSet<>();
        Map<String, Document> pages = new HashMap<>();
        for (OutputFile f : files) {
            paths.add(f.path());
            if (f.isHtml()) {
                pages.put(f.path(), Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8)));
            }
        }
        Map<String, Set<String>> ids = new HashMap<>();
        List<BrokenLink> broken = new ArrayList<>();
        for (OutputFile f : files) {
            Document doc = pages.get(f.path());
            if (doc == null) {
                continue;
            }
            for (Element el : doc.select("[href], [src], [srcset]")) {
                for (String link : links(el)) {
                    String problem = problem(f.path(), link, paths, pages, ids);
                    if (problem != null) {
                        broken.add(new BrokenLink(f.path(), link, problem));
                    }
                }
            }
        }
        broken.sort(
                java.util.Comparator.comparing(BrokenLink::page).thenComparing(BrokenLink::href));
        return broken;
    }

    private static List<String> links(Element el) {
        List<String> out = new ArrayList<>();
        if (el.hasAttr("href")) {
            out.add(el.attr("href"));
        }
        if (el.hasAttr("src")) {
            out.add(el.attr("src"));
        }
        if (el.hasAttr("srcset")) {
            for (String candidate : el.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) {
                    out.add(url);
                }
            }
        }
        return out;
    }

    private String problem(
            String page,
            String link,
            Set<String> paths,
            Map<String, Document> pages,
            Map<String, Set<String>> ids) {
        String lower = link.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("[a-z][a-z0-9+.-]*:.*") || lower.startsWith("//")) {
            return null; // external: checked by `relais check`
        }
        if (link.isBlank()) {
            return "lien vide";
        }
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return "adresse mal formée";
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String target;
        if (path.isEmpty()) {
            target = page;
        } else {
            String resolved;
            if (path.startsWith("/")) {
                if (!path.startsWith(basePath)) {
                    return "lien absolu hors du site publié (" + basePath + ")";
                }
                resolved = path.substring(basePath.length());
            } else {
                resolved = resolve(page, path);
                if (resolved == null) {
                    return "lien qui sort du dossier du site";
                }
            }
            target =
                    resolved.isEmpty() || resolved.endsWith("/")
                            ? resolved + "index.html"
                            : resolved;
            if (!paths.contains(target)) {
                if (paths.contains(target + "/index.html")) {
                    target = target + "/index.html";
                } else {
                    return "fichier introuvable dans le site (" + target + ")";
                }
            }
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            Document doc = pages.get(target);
            if (doc == null) {
                return null;
            }
            Set<String> targetIds =
                    ids.computeIfAbsent(
                            target,
                            t -> {
                                Set<String> s = new HashSet<>();
                                doc.select("[id]").forEach(e -> s.add(e.id()));
                                doc.select("a[name]").forEach(e -> s.add(e.attr("name")));
                                return s;
                            });
            if (!targetIds.contains(fragment)) {
                return "ancre « #" + fragment + " » introuvable dans " + target;
            }
        }
        return null;
    }

    /**
     * Resolves {@code rel} against the folder of {@code page}; null if it climbs above the root.
     */
    static String resolve(String page, String rel) {
        List<String> parts = new ArrayList<>(List.of(page.split("/")));
        parts.remove(parts.size() - 1);
        String[] segments = rel.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!s.equals(".") && !(s.isEmpty() && i < segments.length - 1)) {
                parts.add(s);
            } else if (s.isEmpty() && i == segments.length - 1) {
                parts.add("");
            }
        }
        return String.join("/", parts);
    }
}
