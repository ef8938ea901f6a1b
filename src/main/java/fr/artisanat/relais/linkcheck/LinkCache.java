package fr.artisanat.relais.linkcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The results of earlier external checks, in {@code .relais-cache/liens.tsv}, so a CI rerun only
 * checks new or expired addresses. Successes are trusted for {@code cache_days}; failures are
 * always checked again (a site that was down may be back). Also read by {@code relais report}
 * through {@link #last}.
 *
 * <pre>
 * # relais liens v1
 * https://www.urssaf.fr/	OK	200	2020-04-15T08:00:00Z	-	accessible (200)
 * </pre>
 */
public final class LinkCache {
    public static final Path DEFAULT_DIR = Path.of(".relais-cache");
    static final String FILE = "liens.tsv";
    private static final String HEADER = "# relais liens v1";

    private final Path dir;
    private final Map<String, LinkResult> entries;

    private LinkCache(Path dir, Map<String, LinkResult> entries) {
        this.dir = dir;
        this.entries = entries;
    }

    /** The cache in {@code dir}; empty when it does not exist yet or is unreadable. */
    public static LinkCache load(Path dir) throws IOException {
        Map<String, LinkResult> entries = new TreeMap<>();
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
                for (String line : lines.subList(1, lines.size())) {
                    parse(line).ifPresent(r -> entries.put(r.url(), r));
                }
            }
        }
        return new LinkCache(dir, entries);
    }

    private static Optional<LinkResult> parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new LinkResult(
                            f[0],
                            LinkStatus.valueOf(f[1]),
                            Integer.parseInt(f[2]),
                            f[4].equals("-") ? null : f[4],
                            f[5],
                            Instant.parse(f[3]),
                            true));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty(); // a damaged line only costs one recheck
        }
    }

    /** A success younger than {@code cacheDays}, to reuse instead of checking again. */
    public synchronized Optional<LinkResult> fresh(String url, Instant now, int cacheDays) {
        LinkResult r = entries.get(url);
        if (r == null
                || !(r.status() == LinkStatus.OK || r.status() == LinkStatus.MOVED)
                || r.checkedAt().plus(Duration.ofDays(cacheDays)).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(r.asCached());
    }

    /** The last known result for {@code url}, however old. */
    public synchronized Optional<LinkResult> last(String url) {
        return Optional.ofNullable(entries.get(url));
    }

    /** Whether no check was ever recorded (no cache file, or an unreadable one). */
    public synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    synchronized void put(LinkResult result) {
        if (result.status() != LinkStatus.EXCLUDED && result.status() != LinkStatus.SKIPPED) {
            entries.put(result.url(), result);
        }
    }

    /** Writes the cache atomically, so an interrupted run never leaves half a file. */
    public synchronized void save() throws IOException {
        Files.createDirectories(dir);
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (LinkResult r : entries.values()) {
            out.append(r.url())
                    .append('\t')
                    .append(r.status())
                    .append('\t')
                    .append(r.httpStatus())
                    .append('\t')
                    .append(r.checkedAt())
                    .append('\t')
                    .append(r.newUrl() == null ? "-" : r.newUrl())
                    .append('\t')
                    .append(r.message().replaceAll("[\\t\\r\\n]", " "))
                    .append('\n');
        }
        Path tmp = Files.createTempFile(dir, FILE, ".tmp");
        Files.writeString(tmp, out, StandardCharsets.UTF_8);
        Files.move(
                tmp,
                dir.resolve(FILE),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
