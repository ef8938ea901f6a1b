package fr.artisanat.relais.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders, and hands the changed paths over in batches: after the
 * first event it waits until the folders have been quiet for a short while, so that saving several
 * files at once (or an editor's write-then-rename) gives one rebuild. Runs the callback on its own
 * single thread, so rebuilds never overlap.
 */
final class ContentWatcher implements Closeable {
    /** Quiet time that closes a batch: shorter than a person notices, longer than a save. */
    static final Duration QUIET = Duration.ofMillis(40);

    /** A batch never waits longer than this, even if files keep changing. */
    static final Duration MAX_WAIT = Duration.ofMillis(600);

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final WatchService watch;
    private final List<Path> roots;
    private final Consumer<Set<Path>> onChange;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    ContentWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.onChange = onChange;
        for (Path root : this.roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "relais-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() throws IOException {
        // Closing the watch service ends the loop; a rebuild under way finishes first, so the
        // preview folder is never left half written (an interrupt could cut a file write short).
        watch.close();
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey first = watch.take();
                Set<Path> changed = new LinkedHashSet<>();
                drain(first, changed);
                long deadline = System.nanoTime() + MAX_WAIT.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline
                        && (next = watch.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(next, changed);
                }
                onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.addAll(roots); // lost events: rebuild everything
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path);
                    try (Stream<Path> inside = Files.walk(path)) {
                        inside.forEach(changed::add);
                    }
                } catch (IOException e) {
                    changed.addAll(roots);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }
}
