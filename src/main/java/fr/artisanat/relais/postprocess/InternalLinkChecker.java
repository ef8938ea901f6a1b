package fr.artisanat.relais.postprocess;

import fr.artisanat.relais.render.OutputFile;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that every internal link of the generated pages — {@code href}, {@code src}, {@code
 * srcset} and {@code <link href>}, including links written in templates — points to a file of the
 * output (a folder meaning its {@code index.html}), stays inside the output, and that every {@code
 * #fragment} names an {@code id} of its target page. External links are left to {@code relais
 * check}. Returns every broken link; the caller decides how to report them.
 *
 * <p>Runs on every build, so it reads pages with {@link HtmlLinkScanner} rather than a DOM and
 * keeps only links and ids in memory.
 */
public final class InternalLinkChecker {
    /** Where the site is published ({@code /} or {@code /relais/}), for root-absolute links. */
    private final String basePath;

    public InternalLinkChecker(String basePath) {
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    public List<BrokenLink> check(List<OutputFile> files) {
        Set<String> paths = new HashSet<>();
        files.forEach(f -> paths.add(f.path()));
        return check(files, paths, path -> null);
    }

    /**
     * Checks the links of {@code files} only, for a preview that re-renders a few pages: targets
     * are looked up in {@code paths} (every file of the site), and the ids of a target page that is
     * not among {@code files} are read from {@code published} (null when unknown: its fragments are
     * then not checked).
     */
    public List<BrokenLink> check(
            List<OutputFile> files, Set<String> paths, Function<String, byte[]> published) {
        Map<String, byte[]> texts = new HashMap<>();
        Map<String, PageLinks> pages = new HashMap<>();
        for (OutputFile f : files) {
            if (f.isHtml()) {
                byte[] bytes = f.bytes();
                texts.put(f.path(), bytes);
                pages.put(f.path(), HtmlLinkScanner.scan(bytes));
            }
        }
        Function<String, Set<String>> ids = idsOf(pages, published);
        List<BrokenLink> broken = new ArrayList<>();
        for (Map.Entry<String, PageLinks> page : pages.entrySet()) {
            for (PageLinks.PageLink link : page.getValue().links()) {
                String problem = problem(page.getKey(), link.url(), paths, ids);
                if (problem != null) {
                    int line = HtmlLinkScanner.lineOf(texts.get(page.getKey()), link.offset());
                    broken.add(new BrokenLink(page.getKey(), line, link.url(), problem));
                }
            }
        }
        return sorted(broken);
    }

    static List<BrokenLink> sorted(List<BrokenLink> broken) {
        List<BrokenLink> copy = new ArrayList<>(broken);
        copy.sort(
                Comparator.comparing(BrokenLink::page)
                        .thenComparingInt(BrokenLink::line)
                        .thenComparing(BrokenLink::href));
        return List.copyOf(copy);
    }

    /** Ids of a target page: from the pages being checked, else from the published site. */
    private static Function<String, Set<String>> idsOf(
            Map<String, PageLinks> pages, Function<String, byte[]> published) {
        Map<String, Set<String>> others = new HashMap<>();
        return target -> {
            PageLinks page = pages.get(target);
            if (page != null) {
                return page.ids();
            }
            return others.computeIfAbsent(
                    target,
                    t -> {
                        byte[] bytes = t.endsWith(".html") ? published.apply(t) : null;
                        return bytes == null ? null : HtmlLinkScanner.scan(bytes).ids();
                    });
        };
    }

    /**
     * Checks the pages one by one as the build renders them, keeping only their ids: see {@link
     * StreamingLinkChecker}.
     *
     * @param paths every file the site will have
     */
    public StreamingLinkChecker streaming(Set<String> paths) {
        return new StreamingLinkChecker(this, paths);
    }

    /** Why {@code link} of {@code page} is broken, or null when it is fine or not checked. */
    String problem(String page, String link, Set<String> paths, Function<String, Set<String>> ids) {
        if (link.isEmpty()) {
            return "lien vide";
        }
        if (hasScheme(link) || link.startsWith("//")) {
            return null; // external: checked by `relais check`
        }
        int hash = link.indexOf('#');
        String beforeFragment = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? "" : link.substring(hash + 1);
        int query = beforeFragment.indexOf('?');
        String path = query < 0 ? beforeFragment : beforeFragment.substring(0, query);
        try {
            path = decode(path);
            fragment = decode(fragment);
        } catch (IllegalArgumentException e) {
            return "adresse mal formée";
        }
        String target = page;
        String fast = path.isEmpty() ? null : resolveSimple(page, path);
        if (fast != null) {
            if (fast == ESCAPES) {
                return "lien qui sort du dossier du site";
            }
            target = fast;
            if (!paths.contains(target)) {
                if (!paths.contains(target + "/index.html")) {
                    return "page introuvable (" + target + " n'existe pas dans le site)";
                }
                target = target + "/index.html";
            }
        } else if (!path.isEmpty()) {
            String resolved;
            if (path.startsWith("/")) {
                if (!path.startsWith(basePath)) {
                    return "lien absolu hors du site publié (" + basePath + ")";
                }
                resolved = resolve("", path.substring(basePath.length()));
            } else {
                resolved = resolve(page, path);
            }
            if (resolved == null) {
                return "lien qui sort du dossier du site";
            }
            target =
                    resolved.isEmpty() || resolved.endsWith("/")
                            ? resolved + "index.html"
                            : resolved;
            if (!paths.contains(target)) {
                if (!paths.contains(target + "/index.html")) {
                    return "page introuvable (" + target + " n'existe pas dans le site)";
                }
                target = target + "/index.html";
            }
        }
        if (!fragment.isEmpty()) {
            Set<String> targetIds = ids.apply(target);
            if (targetIds != null && !targetIds.contains(fragment)) {
                return "ancre introuvable";
            }
        }
        return null;
    }

    private static String decode(String s) {
        return s.indexOf('%') < 0
                ? s
                : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * {@code https:}, {@code mailto:}…: a letter, then letters, digits, {@code +.-}, then a colon.
     */
    private static boolean hasScheme(String link) {
        if (link.isEmpty() || !Character.isLetter(link.charAt(0))) {
            return false;
        }
        for (int k = 1; k < link.length(); k++) {
            char c = link.charAt(k);
            if (c == ':') {
                return true;
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    private static final String ESCAPES = new String("..");

    /**
     * The common case, without splitting: {@code ../../mesures/x/index.html} — leading {@code ../}
     * then plain segments. Returns the target file ({@code index.html} added to a folder), {@link
     * #ESCAPES} when it climbs above the root, or null when {@link #resolve} must decide.
     */
    private static String resolveSimple(String page, String path) {
        if (path.charAt(0) == '/') {
            return null;
        }
        int up = 0;
        int i = 0;
        while (path.startsWith("../", i)) {
            up++;
            i += 3;
        }
        String rest = path.substring(i);
        if (rest.equals("..")
                || rest.equals(".")
                || rest.startsWith("./")
                || rest.contains("/./")
                || rest.contains("/../")
                || rest.contains("//")
                || rest.endsWith("/.")
                || rest.endsWith("/..")) {
            return null;
        }
        int dirEnd = page.lastIndexOf('/');
        for (int k = 0; k < up; k++) {
            if (dirEnd < 0) {
                return ESCAPES;
            }
            dirEnd = page.lastIndexOf('/', dirEnd - 1);
        }
        String target = page.substring(0, dirEnd + 1) + rest;
        return target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
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
            boolean last = i == segments.length - 1;
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
                if (last) {
                    parts.add("");
                }
            } else if (s.equals(".") || s.isEmpty()) {
                if (last) {
                    parts.add("");
                }
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }
}
