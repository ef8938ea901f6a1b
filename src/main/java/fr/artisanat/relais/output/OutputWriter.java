package fr.artisanat.relais.output;

import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.render.OutputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a build into a staging folder beside the output folder ({@code .site.tmp-…}), then swaps
 * it in: the old output is renamed aside, the staging folder renamed into place, and the old output
 * deleted. Both renames are atomic moves within one folder, so a failed or killed build leaves the
 * previous site as it was; if a kill lands between the two renames, the next build puts the
 * previous site back before doing anything else.
 *
 * <p>Only a folder that Relais wrote is ever replaced: an empty folder, or one whose {@code
 * build.json} says {@code "generator": "Relais"} (the build manifest that every build writes;
 * builds from before that field are recognised by the manifest's first field, {@code
 * "build_date"}). Anything else (a web server's {@code public_html}, a home folder) is refused
 * before a single file is touched, and so are the places {@link OutputLocation} protects and a
 * mount point, which cannot be renamed. The new folders and files follow the umask, like those of
 * any other program: a web server running as another user can read them.
 */
public final class OutputWriter {
    /** What a folder's {@code build.json} starts with when Relais wrote the folder. */
    private static final Pattern MANIFEST =
            Pattern.compile("\\A\\{\\s*\"(generator\"\\s*:\\s*\"Relais\"|build_date\")");

    /** Thrown when the output folder is not one Relais may replace. */
    public static final class RefusedOutputException extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedOutputException(String message) {
            super(message);
        }
    }

    /** Replaces {@code outDir} with exactly {@code files}. */
    public void write(Path outDir, List<OutputFile> files, OutputLocation location)
            throws IOException {
        try (StagingFolder staging = open(outDir, location)) {
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
     * @param location where the output may go (never into the content, the templates…)
     * @throws RefusedOutputException when {@code outDir} is not a folder Relais may replace;
     *     nothing was written then
     */
    public StagingFolder open(Path outDir, OutputLocation location) throws IOException {
        Path out = location.check(outDir, "--out", "site");
        Path parent = out.getParent();
        String name = out.getFileName().toString();
        if (Files.isDirectory(parent)) {
            restoreInterruptedSwap(out, parent, name);
        }
        checkReplaceable(out, parent);
        Files.createDirectories(parent);
        return new StagingFolder(out, createStaging(parent, name));
    }

    /**
     * The staging folder, made with {@code createDirectory} rather than {@code
     * createTempDirectory}: the latter's {@code 0700} would become the published site's, and a web
     * server running as another user would answer 403.
     */
    private static Path createStaging(Path parent, String name) throws IOException {
        while (true) {
            Path staging =
                    parent.resolve(
                            "."
                                    + name
                                    + ".tmp-"
                                    + Long.toUnsignedString(
                                            ThreadLocalRandom.current().nextLong()));
            try {
                return Files.createDirectory(staging);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** Whether {@code dir} is a folder that a Relais build wrote (see the class comment). */
    static boolean isRelaisBuild(Path dir) throws IOException {
        Path manifest = dir.resolve(SitePaths.BUILD_MANIFEST);
        if (Files.isSymbolicLink(dir)
                || !Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        byte[] start = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(manifest, LinkOption.NOFOLLOW_LINKS)) {
            n = in.readNBytes(start, 0, start.length);
        }
        return MANIFEST.matcher(new String(start, 0, n, StandardCharsets.UTF_8)).find();
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

    /**
     * A kill between the two renames leaves only {@code .site.old}: put it back. Leftover staging
     * folders of killed builds are deleted. A {@code .site.old} that Relais did not write is never
     * touched: the build stops instead.
     */
    private static void restoreInterruptedSwap(Path out, Path parent, String name)
            throws IOException {
        Path old = parent.resolve("." + name + ".old");
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            if (!isRelaisBuild(old)) {
                throw new RefusedOutputException(
                        "« "
                                + old
                                + " » existe et n'a pas été produit par Relais, qui a besoin de"
                                + " ce nom pour remplacer « "
                                + out
                                + " » : rien n'a été touché — renommez-le ou déplacez-le");
            }
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(old);
            } else {
                Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Pattern leftover = Pattern.compile(Pattern.quote("." + name + ".tmp-") + "[0-9]+");
        try (DirectoryStream<Path> leftovers =
                Files.newDirectoryStream(parent, "." + name + ".tmp-*")) {
            for (Path p : leftovers) {
                if (leftover.matcher(p.getFileName().toString()).matches()
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Refuses a file, a mount point, or a folder with files that Relais did not write. */
    private static void checkReplaceable(Path out, Path parent) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedOutputException(
                    "« " + out + " » existe et n'est pas un dossier : choisissez un autre --out");
        }
        if (isMountPoint(out, parent)) {
            throw new RefusedOutputException(
                    "« "
                            + out
                            + " » est un point de montage (un autre disque ou un partage) : Relais"
                            + " remplace le dossier de sortie en entier, ce qui est impossible"
                            + " pour un point de montage — indiquez un sous-dossier, par exemple"
                            + " --out "
                            + out.resolve("site"));
        }
        boolean empty;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            empty = !entries.iterator().hasNext();
        }
        if (!empty && !isRelaisBuild(out)) {
            throw new RefusedOutputException(
                    "le dossier « "
                            + out
                            + " » n'est pas vide et n'a pas été produit par Relais (pas de"
                            + " build.json de Relais) : rien n'a été touché — Relais ne remplace"
                            + " qu'un dossier vide ou un site qu'il a construit ; choisissez un"
                            + " nouveau dossier (--out) ou videz celui-ci");
        }
    }

    /** A folder on another device than its parent: another disk, a partition, a share. */
    private static boolean isMountPoint(Path folder, Path parent) throws IOException {
        try {
            Object device = Files.getAttribute(folder, "unix:dev", LinkOption.NOFOLLOW_LINKS);
            return !device.equals(
                    Files.getAttribute(parent, "unix:dev", LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false; // not a Unix file system: the swap says so if it fails
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
