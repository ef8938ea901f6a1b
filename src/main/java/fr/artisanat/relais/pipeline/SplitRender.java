package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.render.OutputFile;
import fr.artisanat.relais.render.PageRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders a preview's selected pages on every core. A title edit re-renders every list that shows
 * the measure (the home page, all measures, a hundred territory pages of thousands of entries
 * each): the pages are dealt out to one renderer call per core, which share the templates and
 * nothing else.
 */
final class SplitRender {
    /** Below this, one thread renders faster than several start. */
    static final int MIN_PAGES = 8;

    private SplitRender() {}

    static List<OutputFile> render(
            PageRenderer renderer, Site site, Set<String> pages, Diagnostics diagnostics) {
        int parts = Math.min(Runtime.getRuntime().availableProcessors(), pages.size() / 4);
        if (pages.size() < MIN_PAGES || parts < 2) {
            return renderer.render(site, pages::contains, diagnostics);
        }
        List<Set<String>> groups = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            groups.add(new HashSet<>());
        }
        // Dealt in path order, so the big lists do not all land in one group.
        List<String> sorted = pages.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            groups.get(i % parts).add(sorted.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(parts, SplitRender::daemon);
        try {
            List<Future<List<OutputFile>>> results = new ArrayList<>();
            List<Diagnostics> found = new ArrayList<>();
            for (Set<String> group : groups) {
                Diagnostics d = new Diagnostics();
                found.add(d);
                results.add(pool.submit(() -> renderer.render(site, group::contains, d)));
            }
            List<OutputFile> files = new ArrayList<>();
            for (Future<List<OutputFile>> r : results) {
                files.addAll(r.get());
            }
            found.forEach(d -> d.sorted().forEach(diagnostics::add));
            if (diagnostics.hasErrors()) {
                return List.of();
            }
            files.sort(Comparator.comparing(OutputFile::path));
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendu interrompu", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "relais-rendu");
        t.setDaemon(true);
        return t;
    }
}
