package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One batch of changed paths, sorted by what a preview rebuild has to do about them. */
final class ChangedFiles {
    /** Saved or created measure files. */
    final Set<Path> measures = new HashSet<>();

    /** Changed templates and assets, relative to templates/. */
    final Set<String> templates = new HashSet<>();

    /** Data, pages, site.yml, deletions, folders: only a full rebuild is sure to be right. */
    boolean other;

    /** False when every path was an editor's leftover. */
    boolean relevant;

    private ChangedFiles() {}

    /**
     * @param current the problems of the content before this batch: a vanished file they name was
     *     content, not a leftover
     */
    static ChangedFiles of(
            Set<Path> changed, Path content, Path templates, List<Diagnostic> current) {
        ChangedFiles c = new ChangedFiles();
        for (Path p : changed) {
            Path file = p.toAbsolutePath().normalize();
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            if (ignored(name) || vanishedLeftover(file, name, content, templates, current)) {
                continue;
            }
            if (file.startsWith(templates)) {
                c.relevant = true;
                c.templates.add(templates.relativize(file).toString().replace('\\', '/'));
            } else if (file.startsWith(content)) {
                c.relevant = true;
                boolean measure =
                        file.getParent().equals(content.resolve("measures"))
                                && name.endsWith(".md")
                                && Files.isRegularFile(file);
                if (measure) {
                    c.measures.add(file);
                } else {
                    c.other = true;
                }
            }
        }
        return c;
    }

    /**
     * A file that is already gone and could not have been content: an editor's temporary file
     * ({@code sed -i}, save-by-rename). Its creation and deletion come in the same batch.
     */
    private static boolean vanishedLeftover(
            Path file, String name, Path content, Path templates, List<Diagnostic> current) {
        if (Files.exists(file) || name.endsWith(".md") || name.endsWith(".yml")) {
            return false;
        }
        if (name.equals("measures") || name.equals("pages") || name.equals("data")) {
            return false;
        }
        String shown =
                content.getParent() == null
                        ? name
                        : content.getParent().relativize(file).toString().replace('\\', '/');
        if (file.startsWith(templates)) {
            return !name.endsWith(".ftlh") && !file.startsWith(templates.resolve("assets"));
        }
        return current.stream().noneMatch(d -> d.position().file().equals(shown));
    }

    /** Editor leftovers, as the loader ignores them. */
    private static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#");
    }
}
