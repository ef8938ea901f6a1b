package fr.artisanat.relais.pipeline;

import fr.artisanat.relais.diagnostic.Diagnostic;
import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.markdown.MarkdownRenderer;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.postprocess.HtmlSanitizer;
import fr.artisanat.relais.render.OutputFile;
import fr.artisanat.relais.render.PageRenderer;
import fr.artisanat.relais.search.FrenchAnalyzer;
import fr.artisanat.relais.search.SearchIndexBuilder;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.SourceLoader;
import fr.artisanat.relais.source.SourceSet;
import fr.artisanat.relais.validate.SiteValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The preview's build ({@code relais serve}): the same stages as {@link Pipeline}, but it keeps the
 * last sources and the last good {@link Site} in memory, so that saving one measure re-reads that
 * file only, validates it against the ids and slugs already known, and re-renders only the pages
 * that show it ({@link AffectedPages}). Anything else — a data file, a page, a deletion, content
 * that had errors elsewhere — falls back to a full rebuild, which is always correct. Drafts are
 * always included.
 *
 * <p>One rebuild at a time: the preview calls it from its single watcher thread.
 */
public final class IncrementalPipeline {
    private final BuildOptions options;
    private final Path content;
    private final Path templates;
    private final Function<String, byte[]> published;
    private final SourceLoader loader = new SourceLoader();
    private final SiteValidator validator;
    private final SearchIndexBuilder search = new SearchIndexBuilder(FrenchAnalyzer::new, true);

    private PageRenderer renderer;
    private SourceSet sources;
    private Site site;
    private Set<String> paths = Set.of();
    private List<Diagnostic> current = List.of();
    private boolean exportsPending;

    /**
     * @param published the bytes of a file of the last good site (or null), to check {@code
     *     #fragment} links into pages that were not re-rendered
     */
    public IncrementalPipeline(BuildOptions options, Function<String, byte[]> published) {
        this.options = options;
        this.content = options.content().toAbsolutePath().normalize();
        this.templates = options.templates().toAbsolutePath().normalize();
        this.published = published;
        this.validator = new SiteValidator(new MarkdownRenderer(new HtmlSanitizer()::clean));
    }

    /** Reads, validates and renders everything. */
    public PreviewUpdate full() {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        sources = loader.load(content, diagnostics);
        renderer = new PageRenderer(templates);
        Optional<Site> built = validator.validate(sources, options.asOf(), true, diagnostics);
        if (built.isEmpty() || diagnostics.hasErrors()) {
            return failed(diagnostics, false, start);
        }
        List<OutputFile> files = renderer.render(built.get(), diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, false, start);
        }
        Pipeline.reportLinks(
                built.get(),
                Pipeline.linkChecker(built.get()).check(files),
                outName(),
                diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, false, start);
        }
        files = new ArrayList<>(files);
        files.addAll(search.build(built.get()));
        Set<String> now = new HashSet<>();
        files.forEach(f -> now.add(f.path()));
        Set<String> removed = new HashSet<>(paths);
        removed.removeAll(now);
        site = built.get();
        paths = Set.copyOf(now);
        exportsPending = false;
        current = diagnostics.sorted();
        return new PreviewUpdate(diagnostics, files, removed, true, false, millis(start));
    }

    /**
     * Rebuilds after {@code changed} files (absolute or relative paths under content/ or
     * templates/) were saved, created or deleted; null when none of them matters (an editor's
     * backup file).
     */
    public PreviewUpdate update(Set<Path> changed) {
        ChangedFiles c = ChangedFiles.of(changed, content, templates, current);
        if (!c.relevant) {
            return null;
        }
        if (site == null || c.other || (!c.measures.isEmpty() && !c.templates.isEmpty())) {
            return full();
        }
        return c.measures.isEmpty() ? templatesChanged(c.templates) : measuresSaved(c.measures);
    }

    /**
     * The site-wide exports (feed, JSON, sitemap) and the search index of the current site, when
     * the last incremental rebuild left them behind; null when they are up to date. They read every
     * measure, so the preview writes the edited pages and reloads the tabs first, then calls this.
     */
    public PreviewUpdate exports() {
        if (!exportsPending || site == null) {
            return null;
        }
        long start = System.nanoTime();
        exportsPending = false;
        Diagnostics found = new Diagnostics();
        List<OutputFile> files =
                new ArrayList<>(renderer.render(site, AffectedPages.SITE_WIDE::contains, found));
        List<OutputFile> index = search.build(site);
        files.addAll(index);
        // A new or vanished word can add or merge index shards.
        Set<String> indexed = new HashSet<>();
        index.forEach(f -> indexed.add(f.path()));
        Set<String> removed = new HashSet<>();
        paths.stream()
                .filter(p -> p.startsWith(SearchIndexBuilder.DIR) && !indexed.contains(p))
                .forEach(removed::add);
        Set<String> now = new HashSet<>(paths);
        now.removeAll(removed);
        now.addAll(indexed);
        paths = Set.copyOf(now);
        return new PreviewUpdate(found, files, removed, true, true, millis(start));
    }

    /** The problems of the content as it is now, also when the last rebuild was incremental. */
    public List<Diagnostic> diagnostics() {
        return current;
    }

    private PreviewUpdate measuresSaved(Set<Path> files) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Map<String, SourceDocument> saved = new LinkedHashMap<>();
        for (Path file : files) {
            SourceDocument doc = loader.loadMarkdown(content, file, diagnostics);
            saved.put(doc.path(), doc);
        }
        // Errors elsewhere could only be fixed by a full rebuild.
        if (current.stream()
                .anyMatch(d -> d.isError() && !saved.containsKey(d.position().file()))) {
            return full();
        }
        sources = PartialSources.withMeasures(sources, saved);
        Optional<Site> partial =
                validator.validate(
                        PartialSources.stubbed(sources, saved.keySet()),
                        options.asOf(),
                        true,
                        diagnostics);
        Set<String> revalidated = new HashSet<>(saved.keySet());
        if (sources.site() != null) {
            revalidated.add(sources.site().path());
        }
        sources.data().values().forEach(d -> revalidated.add(d.path()));
        Diagnostics merged = new Diagnostics();
        current.stream()
                .filter(d -> !revalidated.contains(d.position().file()))
                .forEach(merged::add);
        diagnostics.sorted().forEach(merged::add);
        current = merged.sorted();
        if (partial.isEmpty() || merged.hasErrors()) {
            return new PreviewUpdate(merged, List.of(), Set.of(), false, true, millis(start));
        }
        Site before = site;
        Site after = SiteMerge.merge(before, partial.get());
        Set<String> selected = new HashSet<>();
        for (SourceDocument doc : saved.values()) {
            selected.addAll(AffectedPages.ofMeasure(before, after, doc.name()));
        }
        // The pages first: the site-wide exports and the search index hold every measure and
        // follow in exports().
        selected.removeAll(AffectedPages.SITE_WIDE);
        exportsPending = true;
        return renderSelected(after, selected::contains, selected, merged, start);
    }

    private PreviewUpdate templatesChanged(Set<String> names) {
        long start = System.nanoTime();
        renderer = new PageRenderer(templates); // a fresh template cache
        Set<String> selected = new HashSet<>();
        boolean all = false;
        for (String name : names) {
            if (name.startsWith("assets/")) {
                continue;
            }
            Set<String> pages = AffectedPages.ofTemplate(site, name);
            if (pages == null) {
                all = true;
            } else {
                selected.addAll(pages);
            }
        }
        boolean assets = names.stream().anyMatch(n -> n.startsWith("assets/"));
        boolean everything = all;
        Predicate<String> selection =
                p -> everything || selected.contains(p) || (assets && p.startsWith("assets/"));
        Diagnostics merged = new Diagnostics();
        String templatesShown = templates.getFileName() + "/";
        String outShown = outName() + "/";
        current.stream()
                .filter(d -> !d.position().file().startsWith(templatesShown))
                .filter(d -> !d.position().file().startsWith(outShown))
                .forEach(merged::add);
        return renderSelected(site, selection, null, merged, start);
    }

    /**
     * Renders the selected files of {@code next}, checks their links, and adopts it if good.
     *
     * @param pages the selection as a set of paths, rendered on every core; null to render the
     *     predicate's selection on this thread
     */
    private PreviewUpdate renderSelected(
            Site next,
            Predicate<String> selection,
            Set<String> pages,
            Diagnostics diagnostics,
            long start) {
        Diagnostics found = new Diagnostics();
        List<OutputFile> files =
                pages == null
                        ? renderer.render(next, selection, found)
                        : SplitRender.render(renderer, next, pages, found);
        Set<String> now = new HashSet<>(paths);
        Set<String> removed = new HashSet<>();
        if (!found.hasErrors()) {
            // Assets are the only files a selective render can drop (a deleted stylesheet).
            paths.stream()
                    .filter(p -> p.startsWith("assets/") && selection.test(p))
                    .filter(p -> files.stream().noneMatch(f -> f.path().equals(p)))
                    .forEach(removed::add);
            now.removeAll(removed);
            files.forEach(f -> now.add(f.path()));
            Pipeline.reportLinks(
                    next,
                    Pipeline.linkChecker(next).check(files, now, this::publishedPage),
                    outName(),
                    found);
        }
        found.sorted().forEach(diagnostics::add);
        current = diagnostics.sorted();
        if (diagnostics.hasErrors()) {
            return new PreviewUpdate(diagnostics, List.of(), Set.of(), false, true, millis(start));
        }
        site = next;
        paths = Set.copyOf(now);
        return new PreviewUpdate(diagnostics, files, removed, true, true, millis(start));
    }

    private byte[] publishedPage(String path) {
        return paths.contains(path) ? published.apply(path) : null;
    }

    private PreviewUpdate failed(Diagnostics diagnostics, boolean incremental, long start) {
        current = diagnostics.sorted();
        return new PreviewUpdate(
                diagnostics, List.of(), Set.of(), false, incremental, millis(start));
    }

    private String outName() {
        return options.out().toAbsolutePath().normalize().getFileName().toString();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
