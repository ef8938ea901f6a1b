package fr.artisanat.relais.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Map;

/**
 * Says in French why a file operation failed. The JDK gives the C library's English words ({@code
 * No space left on device}, {@code File too large}) or only a path ({@link AccessDeniedException}),
 * which tells an editor or a CI log neither what happened nor what to do.
 *
 * <pre>
 * describe(new FileSystemException("/srv/site/index.html", null, "No space left on device"))
 *   → "disque plein (/srv/site/index.html) : libérez de la place puis relancez"
 * </pre>
 */
public final class FileErrorFormatter {
    /** The C library's words (strerror) as the JDK passes them on, and what they mean. */
    private static final List<Map.Entry<String, String>> REASONS =
            List.of(
                    Map.entry("No space left on device", "disque plein"),
                    Map.entry("Disk quota exceeded", "quota disque dépassé"),
                    Map.entry(
                            "File too large",
                            "fichier trop grand pour ce disque ou pour la limite de taille des"
                                    + " fichiers (ulimit -f)"),
                    Map.entry("Read-only file system", "disque en lecture seule"),
                    Map.entry("Permission denied", "permission refusée"),
                    Map.entry("Operation not permitted", "opération non permise"),
                    Map.entry(
                            "Device or resource busy",
                            "dossier occupé (un point de montage, ou utilisé par un autre"
                                    + " programme)"),
                    Map.entry("Input/output error", "erreur de lecture ou d'écriture du disque"),
                    Map.entry("Too many open files", "trop de fichiers ouverts à la fois"),
                    Map.entry("File name too long", "nom de fichier trop long"),
                    Map.entry(
                            "Too many levels of symbolic links",
                            "trop de liens symboliques en chaîne"),
                    Map.entry("Is a directory", "c'est un dossier, pas un fichier"),
                    Map.entry("Not a directory", "un élément du chemin n'est pas un dossier"),
                    Map.entry("No such file or directory", "chemin introuvable"),
                    Map.entry(
                            "Invalid cross-device link",
                            "déplacement impossible d'un disque à un autre"));

    /** What to do, for the reasons where there is something obvious to do. */
    private static final Map<String, String> ADVICE =
            Map.of(
                    "disque plein", "libérez de la place puis relancez",
                    "quota disque dépassé", "libérez de la place puis relancez",
                    "disque en lecture seule", "choisissez un dossier où vous pouvez écrire",
                    "permission refusée", "choisissez un dossier où vous pouvez écrire",
                    "opération non permise", "choisissez un dossier où vous pouvez écrire");

    private FileErrorFormatter() {}

    /** The reason in French, the path concerned in parentheses, then what to do when obvious. */
    public static String describe(IOException e) {
        String reason = reason(e);
        String file = e instanceof FileSystemException fs ? fs.getFile() : null;
        String advice = ADVICE.get(reason);
        return reason
                + (file == null ? "" : " (" + file + ")")
                + (advice == null ? "" : " : " + advice);
    }

    /** The reason alone, in French. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission refusée";
        }
        if (e instanceof NoSuchFileException) {
            return "chemin introuvable";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "existe déjà";
        }
        if (e instanceof NotDirectoryException) {
            return "n'est pas un dossier";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "dossier non vide";
        }
        if (e instanceof FileSystemLoopException) {
            return "boucle de liens symboliques";
        }
        if (e instanceof AtomicMoveNotSupportedException) {
            return "déplacement impossible d'un disque à un autre";
        }
        String words = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (words != null) {
            for (Map.Entry<String, String> known : REASONS) {
                if (words.contains(known.getKey())) {
                    return known.getValue();
                }
            }
        }
        return "erreur d'entrée-sortie"
                + (words == null || words.isBlank() ? "" : " « " + words.strip() + " »");
    }
}
