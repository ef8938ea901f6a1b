import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a Relais {@code content/} folder (as written by GenerateCorpus) into a Hugo site folder
 * using the minimal layout of {@code bench/hugo/}, so Hugo builds the same measures:
 *
 * <ul>
 *   <li>the front matter is YAML Hugo reads as it is; funders, categories, beneficiaries and
 *       territories become Hugo taxonomies (term pages like Relais's);
 *   <li>a département's page in Relais also lists regional and national measures: each measure's
 *       {@code territories} is expanded here to the territory and everything under it, so Hugo's
 *       term pages list the same measures (the declared list stays in {@code zones}, for the
 *       measure page);
 *   <li>cross-references {@code [..](other-slug.md#x)} become {@code ../other-slug/#x};
 *   <li>drafts keep {@code draft: true}, which Hugo leaves out too.
 * </ul>
 *
 * <pre>java bench/HugoContent.java CONTENT_DIR HUGO_SITE_DIR</pre>
 */
public class HugoContent {
    private static final Pattern CROSS_REF = Pattern.compile("\\]\\(([a-z0-9-]+)\\.md(#[^)]*)?\\)");

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        Path site = Path.of(args[1]);
        Path out = site.resolve("content/mesures");
        Files.createDirectories(out);
        Map<String, List<String>> children = territoryChildren(content.resolve("data/territories.yml"));
        Files.writeString(
                out.resolve("_index.md"), "---\ntitle: Toutes les mesures\n---\n", StandardCharsets.UTF_8);
        int count = 0;
        try (Stream<Path> files = Files.list(content.resolve("measures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int end = text.indexOf("\n---\n", 4);
                String front = text.substring(4, end);
                String body = text.substring(end + 5);
                StringBuilder fm = new StringBuilder();
                for (String line : front.split("\n", -1)) {
                    if (line.startsWith("territories: [")) {
                        String list = line.substring("territories: [".length(), line.lastIndexOf(']'));
                        Set<String> expanded = new LinkedHashSet<>();
                        for (String id : list.split(",")) {
                            expand(unquote(id.strip()), children, expanded);
                        }
                        fm.append("zones: [").append(list).append("]\n");
                        fm.append("territories: [");
                        fm.append(String.join(", ", expanded.stream().map(s -> "\"" + s + "\"").toList()));
                        fm.append("]\n");
                    } else {
                        fm.append(line).append('\n');
                    }
                }
                Matcher m = CROSS_REF.matcher(body);
                String hugoBody = m.replaceAll(r -> "](../" + r.group(1) + "/" + (r.group(2) == null ? "" : Matcher.quoteReplacement(r.group(2))) + ")");
                Files.writeString(out.resolve(f.getFileName()), "---\n" + fm + "---\n" + hugoBody, StandardCharsets.UTF_8);
                count++;
            }
        }
        System.err.println("HugoContent: " + count + " measures → " + out);
    }

    private static void expand(String id, Map<String, List<String>> children, Set<String> out) {
        if (out.add(id)) {
            for (String child : children.getOrDefault(id, List.of())) {
                expand(child, children, out);
            }
        }
    }

    /** parent id → child ids, from the "- id: / parent:" lines of territories.yml. */
    private static Map<String, List<String>> territoryChildren(Path file) throws IOException {
        Map<String, List<String>> children = new LinkedHashMap<>();
        String id = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("- id:")) {
                id = unquote(t.substring(5).strip());
            } else if (t.startsWith("parent:") && id != null) {
                children.computeIfAbsent(unquote(t.substring(7).strip()), k -> new ArrayList<>()).add(id);
            }
        }
        return children;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'")) ? s.substring(1, s.length() - 1) : s;
    }
}
