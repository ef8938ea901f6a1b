package fr.artisanat.relais.output;

import fr.artisanat.relais.render.OutputFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Writes a build into a staging folder beside the output folder ({@code .site.tmp-…}), then swaps
 * it in: the old output is renamed aside, the staging folder renamed into place, and the old output
 * deleted. Both renames are atomic moves within one folder, so a failed or killed build leaves the
 * previous site as it was; if a kill lands between the two renames, the next build puts the
 * previous site back before doing anything else.
 */
public final class OutputWriter {

    /** Thrown when the output folder is not one Relais may replace. */
    public static final class RefusedOutputException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedOutputException(String message) {
            super(message);
        }
    }

    /**
     * Replaces {@code outDir} with exactly {@code files}.
     *
     * @param protectedDirs folders the output must never contain or replace (content, templates)
     */
    public void write(Path outDir, List<OutputFile> files, List<Path> protectedDirs)
            throws IOException {
        try (StagingFolder staging = open(outDir, protectedDirs)) {
            for (OutputFile file : files) {
                staging.add(file);
            }
            staging.commit();
        }
    }

    /**
     * Starts a build of {@code outDir}: files are added to the returned staging folder as they are
     * rendered, from any thread, and {@link StagingFolder#commit} swaps them in. Closing without
     * committing leaves {@code outDir} as it was.
     *
     * @param protectedDirs folders the output must never contain or replace (content, templates)
     */
    public StagingFolder open(Path outDir, List<Path> protectedDirs) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            throw new RefusedOutputException(
                    "le dossier de sortie ne peut pas être la racine du disque");
        }
        checkNotProtected(out, protectedDirs);
        Files.createDirectories(parent);
        String name = out.getFileName().toString();
        restoreInterruptedSwap(out, parent, name);
        checkReplaceable(out);
        return new StagingFolder(out, Files.createTempDirectory(parent, "." + name + ".tmp-"));
    }

    static void swap(Path staging, Path out) throws IOException {
        Path parent = out.getParent();
        String name = out.getFileName().toString();
        if (!Files.exists(out)) {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = parent.resolve("." + name + ".old");
        if (Files.exists(old)) {
            deleteTree(old);
        }
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /** A kill between the two renames leaves only {@code .site.old}: put it back. */
    private static void restoreInterruptedSwap(Path out, Path parent, String name)
            throws IOException {
        Path old = parent.resolve("." + name + ".old");
        if (Files.exists(old)) {
            if (Files.exists(out)) {
                deleteTree(old);
            } else {
                Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        try (DirectoryStream<Path> leftovers =
                Files.newDirectoryStream(parent, "." + name + ".tmp-*")) {
            for (Path leftover : leftovers) {
                deleteTree(leftover);
            }
        }
    }

    private static void checkNotProtected(Path out, List<Path> protectedDirs)
            throws RefusedOutputException {
        for (Path p : protectedDirs) {
            Path prot = p.toAbsolutePath().normalize();
            if (prot.startsWith(out)) {
                throw new RefusedOutputException(
                        "le dossier de sortie « "
                                + out
                                + " » contient « "
                                + prot
                                + " » : choisissez un autre dossier (--out site)");
            }
        }
    }

    /** A non-empty folder without index.html is somebody's files, not a previous build. */
    private static void checkReplaceable(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            if (Files.exists(out)) {
                throw new RefusedOutputException(
                        "« "
                                + out
                                + " » existe et n'est pas un dossier : choisissez un autre --out");
            }
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            boolean empty = !entries.iterator().hasNext();
            if (!empty && !Files.exists(out.resolve("index.html"))) {
                throw new RefusedOutputException(
                        "le dossier « "
                                + out
                                + " » n'est pas vide et ne ressemble pas à un site produit par"
                                + " Relais (pas d'index.html) : il ne sera pas remplacé —"
                                + " choisissez un autre --out ou videz-le");
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                            throws IOException {
                        if (exc != null) {
                            throw exc;
                        }
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
