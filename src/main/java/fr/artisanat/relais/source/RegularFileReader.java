package fr.artisanat.relais.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads an editor's file only when it is a regular file, and never more than a bound. A named pipe
 * (FIFO) blocks whoever opens it until something writes into it, so a build would hang forever; a
 * device such as {@code /dev/zero} never ends, and reading it whole runs out of memory. Both are
 * recognised from the file's attributes, before it is opened, and reported instead.
 *
 * <pre>
 * read(Path.of("content/measures/tube.md"), 16 MiB)
 *   → Result(null, "n'est pas un fichier ordinaire mais un tube nommé (FIFO) : …")
 * </pre>
 */
public final class RegularFileReader {
    /** The bytes read, or why the file was not read (in French). */
    public record Result(byte[] bytes, String problem) {
        public boolean ok() {
            return bytes != null;
        }
    }

    private RegularFileReader() {}

    /**
     * Reads {@code file} (a symbolic link is followed: callers check first where it leads).
     *
     * @param maxBytes larger files are refused without being read whole
     */
    public static Result read(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            return new Result(
                    null,
                    "n'est pas un fichier ordinaire mais "
                            + kind(file, attributes)
                            + " : Relais ne lit que des fichiers ordinaires — supprimez-le ou"
                            + " remplacez-le par un vrai fichier");
        }
        if (attributes.size() > maxBytes) {
            return tooLarge(maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // the size may change between the check and the read: the bound holds anyway
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? tooLarge(maxBytes) : new Result(bytes, null);
        }
    }

    private static Result tooLarge(long maxBytes) {
        return new Result(
                null,
                "fichier trop volumineux (plus de "
                        + maxBytes / (1024 * 1024)
                        + " Mo) : découpez-le");
    }

    /** What the file is, in French, from its Unix mode when the file system gives one. */
    private static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "un dossier";
        }
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            switch (mode & 0170000) {
                case 0010000:
                    return "un tube nommé (FIFO)";
                case 0020000:
                    return "un périphérique (mode caractère)";
                case 0060000:
                    return "un périphérique (mode bloc)";
                case 0140000:
                    return "une socket";
                default:
                    return "un fichier spécial";
            }
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return "un fichier spécial";
        }
    }
}
