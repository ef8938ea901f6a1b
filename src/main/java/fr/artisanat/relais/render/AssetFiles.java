package fr.artisanat.relais.render;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.SourcePosition;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The static files of {@code templates/assets/}, copied to {@code assets/} as they are. Templates
 * arrive in pull requests: a symbolic link there to {@code /etc/shadow} was published with the
 * site. Only regular files inside the templates' real folder are copied; a link, a FIFO or a device
 * is an error naming it, and the build stops.
 */
final class AssetFiles {
    private AssetFiles() {}

    /**
     * @param templatesDir the absolute, normalised templates folder
     * @param displayDir how the templates folder is named in diagnostics
     */
    static List<OutputFile> read(Path templatesDir, String displayDir, Diagnostics diagnostics) {
        Path dir = templatesDir.resolve("assets");
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        try {
            Path realTemplates = templatesDir.toRealPath();
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(
                    dir,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // without FOLLOW_LINKS, a link (even to a folder) arrives here
                            found.add(file);
                            return FileVisitResult.CONTINUE;
                        }
                    });
            found.sort(Comparator.naturalOrder());
            for (Path p : found) {
                String rel = templatesDir.relativize(p).toString().replace('\\', '/');
                String refused = refusal(p, realTemplates);
                if (refused != null) {
                    diagnostics.error(
                            SourcePosition.ofFile(displayDir + "/" + rel),
                            "fichier statique refusé : "
                                    + refused
                                    + " — seuls les fichiers ordinaires de "
                                    + displayDir
                                    + "/assets/ sont publiés ; copiez-y le fichier lui-même");
                } else {
                    files.add(new OutputFile(rel, Files.readAllBytes(p)));
                }
            }
            return files;
        } catch (IOException e) {
            diagnostics.error(
                    SourcePosition.ofFile(displayDir + "/assets"),
                    "lecture impossible des fichiers statiques : " + e.getMessage());
            return List.of();
        }
    }

    /** Why {@code file} may not be published, or null. */
    private static String refusal(Path file, Path realTemplates) throws IOException {
        if (Files.isSymbolicLink(file)) {
            return "c'est un lien symbolique (vers « " + Files.readSymbolicLink(file) + " »)";
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "ce n'est pas un fichier ordinaire (un tube, un périphérique…)";
        }
        if (!file.toRealPath().startsWith(realTemplates)) {
            // the assets folder itself, or one of its folders, is a link out of templates/
            return "il se trouve en dehors de " + realTemplates + " (dossier lié)";
        }
        return null;
    }
}
