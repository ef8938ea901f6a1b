package fr.artisanat.relais.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The exceptions as the JDK throws them on Linux, and what an editor reads instead. */
class FileErrorFormatterTest {
    @Test
    void saysTheDiskIsFullAndWhatToDo() {
        // Files.createDirectory and a write() on a full disk
        assertEquals(
                "disque plein (/srv/site/.site.tmp-1) : libérez de la place puis relancez",
                FileErrorFormatter.describe(
                        new FileSystemException(
                                "/srv/site/.site.tmp-1", null, "No space left on device")));
        assertEquals(
                "disque plein : libérez de la place puis relancez",
                FileErrorFormatter.describe(new IOException("No space left on device")));
    }

    @Test
    void translatesTheUsualReasons() {
        assertEquals(
                "permission refusée (/var/www/site) : choisissez un dossier où vous pouvez écrire",
                FileErrorFormatter.describe(new AccessDeniedException("/var/www/site")));
        assertEquals(
                "disque en lecture seule (/mnt/cd/site) : choisissez un dossier où vous pouvez"
                        + " écrire",
                FileErrorFormatter.describe(
                        new FileSystemException("/mnt/cd/site", null, "Read-only file system")));
        assertEquals(
                "quota disque dépassé : libérez de la place puis relancez",
                FileErrorFormatter.describe(new IOException("Disk quota exceeded")));
        assertEquals(
                "fichier trop grand pour ce disque ou pour la limite de taille des fichiers"
                        + " (ulimit -f)",
                FileErrorFormatter.describe(new IOException("File too large")));
        assertEquals(
                "chemin introuvable (/a/b)",
                FileErrorFormatter.describe(new NoSuchFileException("/a/b")));
    }

    @Test
    void quotesAReasonItDoesNotKnow() {
        assertEquals(
                "erreur d'entrée-sortie « Stale file handle »",
                FileErrorFormatter.describe(new IOException("Stale file handle")));
    }
}
