package fr.artisanat.relais.serve;

import fr.artisanat.relais.output.OutputWriter;
import fr.artisanat.relais.pipeline.PreviewUpdate;
import fr.artisanat.relais.render.OutputFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps the preview folder equal to the last good build, in place: a rebuild writes only the files
 * whose bytes changed (through a temporary file and a rename, so a browser never reads half a page)
 * and deletes the files that are gone. The folder carries a marker file so that the preview never
 * writes into a folder that is somebody else's.
 */
final class PreviewWriter {
    static final String MARKER = ".relais-apercu";

    private final Path out;

    PreviewWriter(Path out) throws IOException {
        this.out = out.toAbsolutePath().normalize();
        if (Files.isDirectory(this.out)) {
            boolean empty;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(this.out)) {
                empty = !entries.iterator().hasNext();
            }
            if (!empty && !Files.exists(this.out.resolve(MARKER))) {
                throw new OutputWriter.RefusedOutputException(
                        "le dossier « "
                                + this.out
                                + " » n'est pas vide et n'est pas un dossier d'aperçu de Relais :"
                                + " choisissez un autre --out");
            }
        } else if (Files.exists(this.out)) {
            throw new OutputWriter.RefusedOutputException(
                    "« " + this.out + " » existe et n'est pas un dossier");
        }
        Files.createDirectories(this.out);
        Files.write(this.out.resolve(MARKER), new byte[0]);
    }

    Path root() {
        return out;
    }

    /**
     * Writes a successful update; for a full rebuild also deletes the files no build produced (left
     * by an earlier session).
     *
     * @return how many files were written or deleted
     */
    int apply(PreviewUpdate update) throws IOException {
        int touched = 0;
        Set<Path> keep = new HashSet<>();
        for (OutputFile file : update.files()) {
            Path target = resolve(file.path());
            keep.add(target);
            byte[] bytes = file.bytes();
            if (!sameBytes(target, bytes)) {
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
                Files.write(tmp, bytes);
                Files.move(
                        tmp,
                        target,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                touched++;
            }
        }
        for (String path : update.removed()) {
            if (Files.deleteIfExists(resolve(path))) {
                touched++;
                pruneEmptyFolders(resolve(path).getParent());
            }
        }
        if (!update.incremental()) {
            touched += deleteStale(keep);
        }
        return touched;
    }

    /** The bytes of a published file, or null when it does not exist. */
    byte[] read(String path) {
        try {
            Path file = resolve(path);
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Path resolve(String path) throws IOException {
        Path target = out.resolve(path).normalize();
        if (!target.startsWith(out) || target.equals(out)) {
            throw new IOException("chemin de sortie hors du dossier : " + path);
        }
        return target;
    }

    private static boolean sameBytes(Path target, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                || Files.size(target) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), bytes);
    }

    private int deleteStale(Set<Path> keep) throws IOException {
        Set<Path> stale = new HashSet<>();
        try (var walk = Files.walk(out)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !keep.contains(p) && !p.getFileName().toString().equals(MARKER))
                    .forEach(stale::add);
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
            pruneEmptyFolders(p.getParent());
        }
        return stale.size();
    }

    private void pruneEmptyFolders(Path folder) throws IOException {
        Path current = folder;
        while (current != null && current.startsWith(out) && !current.equals(out)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(current)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }
}
