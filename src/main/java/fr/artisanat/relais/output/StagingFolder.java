package fr.artisanat.relais.output;

import fr.artisanat.relais.render.OutputFile;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The staging folder of one build ({@code .site.tmp-…}), filled page by page while the site is
 * rendered so the whole site never sits in memory. {@link #add} may be called from several threads.
 *
 * <p>A file whose bytes are the same as in the previous build is hard-linked from it instead of
 * written again: unchanged pages keep their date and inode, so a deployment by {@code rsync} or a
 * browser's cache sees only what changed, and rewriting an existing site costs reads rather than
 * writes. The new site is still complete in the staging folder before the atomic swap, and the
 * previous one is never modified. A {@linkplain OutputFile#isStreamed streamed} file (the open-data
 * exports, the calendars) is written first, then compared with the previous one on disk and
 * replaced by a link when they are the same, so it is never held in memory either.
 */
public final class StagingFolder implements Closeable {
    private static final int BUFFER = 256 * 1024;

    private final Path out;
    private final Path staging;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong kept = new AtomicLong();

    /**
     * Held for reading by each {@link #add}, for writing by {@link #commit} and {@link #close}:
     * when one page fails to be written (a full disk), the other pages' threads may still be
     * writing; closing waits for them, and no file is written after it, so the staging folder is
     * deleted whole instead of being left half-deleted beside the site.
     */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private boolean committed;
    private boolean closed;

    StagingFolder(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
        folders.add(staging);
    }

    /** Puts {@code file} into the staging folder. */
    public void add(OutputFile file) throws IOException {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IOException("construction arrêtée : le dossier provisoire est supprimé");
            }
            addOpen(file);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void addOpen(OutputFile file) throws IOException {
        Path target = staging.resolve(file.path()).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("chemin de sortie hors du dossier : " + file.path());
        }
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        if (file.isStreamed()) {
            addStreamed(file, target);
            return;
        }
        if (unchanged(file)) {
            try {
                Files.createLink(target, out.resolve(file.path()));
                kept.incrementAndGet();
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // a file system without hard links: write the copy below
            }
        }
        Files.write(target, file.bytes());
        written.incrementAndGet();
    }

    private void addStreamed(OutputFile file, Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), BUFFER)) {
            file.writeTo(out);
        }
        Path previous = out.resolve(file.path()).normalize();
        if (previous.startsWith(out)
                && Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
                && Files.size(previous) == Files.size(target)
                && Files.mismatch(previous, target) == -1) {
            // the link is made beside the copy, then renamed over it: never a missing file
            Path link = target.resolveSibling("." + target.getFileName() + ".lien");
            try {
                Files.deleteIfExists(link);
                Files.createLink(link, previous);
                Files.move(
                        link,
                        target,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                kept.incrementAndGet();
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // a file system without hard links: the copy just written stays
                Files.deleteIfExists(link);
            }
        }
        written.incrementAndGet();
    }

    private boolean unchanged(OutputFile file) throws IOException {
        Path previous = out.resolve(file.path()).normalize();
        if (!previous.startsWith(out)
                || !Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
                || Files.size(previous) != file.bytes().length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(previous), file.bytes());
    }

    /** Files written because they are new or changed since the previous build. */
    public long written() {
        return written.get();
    }

    /** Files identical to the previous build's, linked rather than written. */
    public long kept() {
        return kept.get();
    }

    /** Swaps the staging folder in place of the output folder. */
    public void commit() throws IOException {
        lock.writeLock().lock();
        try {
            if (closed) {
                throw new IOException("construction arrêtée : le dossier provisoire est supprimé");
            }
            OutputWriter.swap(staging, out);
            committed = true;
            closed = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Deletes the staging folder unless it was committed, once every {@link #add} under way has
     * returned; later ones fail.
     */
    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            closed = true;
            if (!committed && Files.exists(staging)) {
                OutputWriter.deleteTree(staging);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
