package fr.artisanat.relais.source;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.diagnostic.FileErrorFormatter;
import fr.artisanat.relais.model.MeasureHistory;
import fr.artisanat.relais.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Reads the {@code content/} folder of the editors' contract into a {@link SourceSet}. Every
 * unreadable or unexpected file becomes a diagnostic and the walk goes on, so one run reports every
 * problem.
 */
public final class SourceLoader {
    /** The data files of the contract, by name. */
    public static final List<String> DATA_FILES =
            List.of("categories", "funders", "beneficiaries", "territories", "chambers");

    /**
     * Data files an editor may add, by name: the search synonyms, the published figures, the home
     * page's situations, the artisans' words for search.
     */
    public static final List<String> OPTIONAL_DATA_FILES =
            List.of("synonyms", "chiffres", "situations", "vocabulary");

    /** A body this size is already a book; past it the file is refused, not parsed. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private static final Set<String> TOP_LEVEL = Set.of("site.yml", "data", "measures", "pages");

    private final YamlReader yaml = new YamlReader();

    public SourceSet load(Path contentDir, Diagnostics diagnostics) {
        Path root = contentDir.toAbsolutePath().normalize();
        Path base = root.getParent() == null ? root : root.getParent();
        Walk walk = new Walk(root, base, diagnostics);
        if (!Files.isDirectory(root)) {
            diagnostics.error(
                    SourcePosition.ofFile(walk.display(root)),
                    "dossier de contenu introuvable : indiquez le dossier qui contient site.yml"
                            + " (option --content)");
            return new SourceSet(null, Map.of(), List.of(), List.of());
        }
        // git runs while the files are read: two processes to start and wait for
        CompletableFuture<Map<String, MeasureHistory>> history = new CompletableFuture<>();
        Thread git =
                new Thread(
                        () -> {
                            try {
                                history.complete(GitLog.read(root));
                            } catch (RuntimeException | Error e) {
                                history.completeExceptionally(e);
                            }
                        },
                        "relais-git-log");
        git.setDaemon(true);
        git.start();
        walk.checkTopLevel();
        SourceDocument site = walk.yamlFile(root.resolve("site.yml"), true);
        Map<String, SourceDocument> data = new TreeMap<>();
        for (String name : DATA_FILES) {
            SourceDocument doc = walk.yamlFile(root.resolve("data").resolve(name + ".yml"), true);
            if (doc != null) {
                data.put(name, doc);
            }
        }
        for (String name : OPTIONAL_DATA_FILES) {
            SourceDocument doc = walk.yamlFile(root.resolve("data").resolve(name + ".yml"), false);
            if (doc != null) {
                data.put(name, doc);
            }
        }
        walk.checkUnexpected(root.resolve("data"), ".yml", Set.copyOf(withSuffix(".yml")));
        List<SourceDocument> measures = walk.markdownFolder(root.resolve("measures"));
        List<SourceDocument> pages = walk.markdownFolder(root.resolve("pages"));
        return new SourceSet(site, data, measures, pages, history.join());
    }

    /**
     * Re-reads one Markdown file of {@code measures/} or {@code pages/}, with the same checks and
     * positions as {@link #load}: the preview rebuilds only the file an editor saved. The document
     * has null data when the file could not be read (the diagnostics say why).
     */
    public SourceDocument loadMarkdown(Path contentDir, Path file, Diagnostics diagnostics) {
        Path root = contentDir.toAbsolutePath().normalize();
        Path base = root.getParent() == null ? root : root.getParent();
        Walk walk = new Walk(root, base, diagnostics);
        Path normalized = file.toAbsolutePath().normalize();
        SourceDocument doc = walk.markdownFile(normalized);
        return doc != null
                ? doc
                : new SourceDocument(
                        walk.display(normalized),
                        stripSuffix(normalized.getFileName().toString()),
                        null,
                        "",
                        0);
    }

    private static List<String> withSuffix(String suffix) {
        return java.util.stream.Stream.concat(DATA_FILES.stream(), OPTIONAL_DATA_FILES.stream())
                .map(n -> n + suffix)
                .toList();
    }

    private final class Walk {
        private final Path root;
        private final Path realRoot;
        private final Path base;
        private final Diagnostics diagnostics;

        Walk(Path root, Path base, Diagnostics diagnostics) {
            this.root = root;
            this.base = base;
            this.diagnostics = diagnostics;
            Path real;
            try {
                real = root.toRealPath();
            } catch (IOException e) {
                real = root;
            }
            this.realRoot = real;
        }

        String display(Path file) {
            return base.relativize(file).toString().replace('\\', '/');
        }

        void checkTopLevel() {
            for (Path entry : list(root)) {
                String name = entry.getFileName().toString();
                if (!ignored(name) && !TOP_LEVEL.contains(name)) {
                    diagnostics.error(
                            SourcePosition.ofFile(display(entry)),
                            "fichier ou dossier inattendu : content/ ne contient que site.yml,"
                                    + " data/, measures/ et pages/ — déplacez-le ou supprimez-le");
                }
            }
        }

        void checkUnexpected(Path folder, String suffix, Set<String> allowed) {
            for (Path entry : list(folder)) {
                String name = entry.getFileName().toString();
                if (!ignored(name) && !allowed.contains(name)) {
                    diagnostics.error(
                            SourcePosition.ofFile(display(entry)),
                            "fichier inattendu dans "
                                    + display(folder)
                                    + "/ : les fichiers acceptés sont "
                                    + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        SourceDocument yamlFile(Path file, boolean required) {
            String shown = display(file);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (required) {
                    diagnostics.error(
                            SourcePosition.ofFile(shown),
                            "fichier obligatoire manquant : créez "
                                    + shown
                                    + " (voir le guide des éditeurs dans README.md)");
                }
                return null;
            }
            String text = readText(file);
            if (text == null) {
                return null;
            }
            String name = stripSuffix(file.getFileName().toString());
            YamlNode node = yaml.read(shown, text, 1, diagnostics);
            if (node == null && text.isBlank()) {
                diagnostics.error(
                        SourcePosition.ofFile(shown),
                        "fichier vide : il doit contenir les réglages ou la liste attendus");
            }
            return node == null ? null : new SourceDocument(shown, name, node, "", 0);
        }

        List<SourceDocument> markdownFolder(Path folder) {
            if (!Files.isDirectory(folder)) {
                if (folder.getFileName().toString().equals("measures")) {
                    diagnostics.error(
                            SourcePosition.ofFile(display(folder)),
                            "dossier des mesures manquant : créez-le et ajoutez-y un fichier .md"
                                    + " par mesure");
                }
                return List.of();
            }
            List<Path> files = new ArrayList<>();
            for (Path file : list(folder)) {
                String name = file.getFileName().toString();
                if (ignored(name)) {
                    continue;
                }
                if (!name.endsWith(".md") || Files.isDirectory(file)) {
                    diagnostics.error(
                            SourcePosition.ofFile(display(file)),
                            "fichier inattendu : "
                                    + display(folder)
                                    + "/ ne contient que des fichiers .md (un par "
                                    + (display(folder).endsWith("pages") ? "page" : "mesure")
                                    + ")");
                    continue;
                }
                files.add(file);
            }
            // reading and parsing thousands of files: in parallel, kept in file order
            return files.parallelStream()
                    .map(
                            file -> {
                                SourceDocument doc = markdownFile(file);
                                // Kept even when unreadable, so links to it are not reported as
                                // missing too.
                                return doc != null
                                        ? doc
                                        : new SourceDocument(
                                                display(file),
                                                stripSuffix(file.getFileName().toString()),
                                                null,
                                                "",
                                                0);
                            })
                    .toList();
        }

        private SourceDocument markdownFile(Path file) {
            String shown = display(file);
            String text = readText(file);
            if (text == null) {
                return null;
            }
            FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
            if (!split.ok()) {
                diagnostics.error(new SourcePosition(shown, split.errorLine(), 0), split.error());
                return null;
            }
            YamlNode node = yaml.read(shown, split.frontMatter(), 2, diagnostics);
            if (node == null) {
                if (split.frontMatter().isBlank()) {
                    diagnostics.error(
                            new SourcePosition(shown, 1, 0),
                            "front matter vide : ajoutez les champs obligatoires entre les deux"
                                    + " lignes « --- »");
                }
                return null;
            }
            return new SourceDocument(
                    shown,
                    stripSuffix(file.getFileName().toString()),
                    node,
                    split.body(),
                    split.bodyFirstLine());
        }

        /** Reads a file that must be UTF-8 and inside content/; null (with a diagnostic) if not. */
        private String readText(Path file) {
            String shown = display(file);
            try {
                // The file itself or one of its folders (content/pages -> /elsewhere) may be a
                // link.
                if (!file.toRealPath().startsWith(realRoot)) {
                    diagnostics.error(
                            SourcePosition.ofFile(shown),
                            "lien symbolique vers l'extérieur de content/ refusé : copiez le"
                                    + " fichier dans content/");
                    return null;
                }
                RegularFileReader.Result read = RegularFileReader.read(file, MAX_FILE_BYTES);
                if (!read.ok()) {
                    diagnostics.error(SourcePosition.ofFile(shown), read.problem());
                    return null;
                }
                TextDecoder.Result decoded = TextDecoder.decode(read.bytes());
                if (!decoded.ok()) {
                    diagnostics.error(
                            new SourcePosition(shown, decoded.badLine(), 0),
                            "le fichier n'est pas encodé en UTF-8 (caractère illisible à cette"
                                    + " ligne) : enregistrez-le en UTF-8 depuis votre éditeur");
                    return null;
                }
                return refuseControlCharacters(shown, decoded.text());
            } catch (IOException e) {
                diagnostics.error(
                        SourcePosition.ofFile(shown),
                        "lecture impossible : " + FileErrorFormatter.describe(e));
                return null;
            }
        }

        /**
         * Reports each line with control characters; the text then goes on with spaces in their
         * place, so the file's other mistakes are reported in the same run (the build fails anyway)
         * and SnakeYAML never sees them.
         */
        private String refuseControlCharacters(String shown, String text) {
            List<ControlCharacters.Found> found = ControlCharacters.find(text);
            if (found.isEmpty()) {
                return text;
            }
            for (ControlCharacters.Found f :
                    found.subList(0, Math.min(found.size(), ControlCharacters.MAX_REPORTED))) {
                diagnostics.error(
                        new SourcePosition(shown, f.line(), f.column()),
                        ControlCharacters.message(f));
            }
            if (found.size() > ControlCharacters.MAX_REPORTED) {
                ControlCharacters.Found next = found.get(ControlCharacters.MAX_REPORTED);
                diagnostics.error(
                        new SourcePosition(shown, next.line(), next.column()),
                        "encore des caractères invisibles de ce genre à partir d'ici, sur "
                                + (found.size() - ControlCharacters.MAX_REPORTED)
                                + " lignes de plus : supprimez-les aussi");
            }
            return ControlCharacters.blank(text);
        }

        private List<Path> list(Path folder) {
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.sorted(Comparator.comparing(Path::toString)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Editor and system leftovers: hidden files and backups are not content. */
    private static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#");
    }

    private static String stripSuffix(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
