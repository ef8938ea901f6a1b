package fr.artisanat.relais.source;

import fr.artisanat.relais.model.MeasureHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The public history of every measure file, from git: one {@code git log} over {@code measures/}
 * (one process for the whole folder, not one per measure: 10 000 measures stay fast) gives, for
 * each commit, the file's content before and after it; one {@code git cat-file} reads those
 * versions, each reduced at once to a {@link MeasureSnapshot}; {@link HistoryBuilder} keeps the
 * changes a reader would notice. Outside a git repository, in a shallow clone (whose oldest commit
 * would look like it added every file), without git, or when git fails, there is no history: the
 * build goes on without it.
 */
final class GitLog {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final char RECORD = '\u001e';
    private static final char FIELD = '\u001f';
    private static final String PREFIX = "measures/";

    /** « Correction : … » as the commit's subject: the short way to mark a correction. */
    private static final Pattern CORRECTION_SUBJECT =
            Pattern.compile("^correction\\s*:", Pattern.CASE_INSENSITIVE);

    private GitLog() {}

    /** The history of each measure by slug; empty when there is no usable history. */
    static Map<String, MeasureHistory> read(Path contentDir) {
        Path dir = contentDir.toAbsolutePath().normalize();
        byte[] shallow = GitProcess.run(dir, List.of("rev-parse", "--is-shallow-repository"));
        if (shallow == null
                || !new String(shallow, StandardCharsets.UTF_8).strip().equals("false")) {
            return Map.of();
        }
        byte[] log =
                GitProcess.run(
                        dir,
                        List.of(
                                "-c",
                                "core.quotePath=false",
                                "log",
                                "--no-renames",
                                "--relative",
                                "--raw",
                                "--no-abbrev",
                                "--format="
                                        + RECORD
                                        + "%ct"
                                        + FIELD
                                        + "%(trailers:key=Correction,separator=%x20)"
                                        + FIELD
                                        + "%s",
                                "--",
                                PREFIX));
        if (log == null) {
            return Map.of();
        }
        List<FileCommit> commits = parse(new String(log, StandardCharsets.UTF_8));
        YamlReader yaml = new YamlReader();
        Map<String, MeasureSnapshot> versions =
                BlobReader.read(
                        dir, versionsToCompare(commits), text -> MeasureSnapshot.parse(text, yaml));
        if (versions == null) {
            return Map.of();
        }
        return HistoryBuilder.build(commits, versions);
    }

    /**
     * Parses the output of the {@code git log} above, newest commit first (exposed for tests).
     * Merge commits list no file: each change is read from the commit that made it.
     */
    static List<FileCommit> parse(String log) {
        List<FileCommit> commits = new ArrayList<>();
        for (String entry : log.split(String.valueOf(RECORD))) {
            if (entry.isBlank()) {
                continue;
            }
            String[] lines = entry.split("\n");
            String[] fields = lines[0].split(String.valueOf(FIELD), 3);
            if (fields.length < 3) {
                continue;
            }
            LocalDate date =
                    Instant.ofEpochSecond(Long.parseLong(fields[0].strip()))
                            .atZone(PARIS)
                            .toLocalDate();
            boolean correction =
                    !fields[1].isBlank() || CORRECTION_SUBJECT.matcher(fields[2].strip()).find();
            for (int i = 1; i < lines.length; i++) {
                FileCommit change = rawLine(lines[i], date, correction);
                if (change != null) {
                    commits.add(change);
                }
            }
        }
        return List.copyOf(commits);
    }

    /**
     * One line of {@code --raw}: {@code :100644 100644 <before> <after> M\tmeasures/pge.md}; null
     * for any other line or a file that is not a measure.
     */
    private static FileCommit rawLine(String line, LocalDate date, boolean correction) {
        int tab = line.indexOf('\t');
        if (!line.startsWith(":") || tab < 0) {
            return null;
        }
        String file = line.substring(tab + 1).strip();
        if (!file.startsWith(PREFIX)
                || !file.endsWith(".md")
                || file.indexOf('/', PREFIX.length()) >= 0) {
            return null;
        }
        String[] parts = line.substring(1, tab).split(" ");
        if (parts.length < 5) {
            return null;
        }
        String slug = file.substring(PREFIX.length(), file.length() - 3);
        return new FileCommit(slug, date, correction, blob(parts[2]), blob(parts[3]));
    }

    /** A blob id, or null for git's all-zero id (no file on that side). */
    private static String blob(String id) {
        return id.chars().allMatch(c -> c == '0') ? null : id.toLowerCase(Locale.ROOT);
    }

    /**
     * The versions worth reading: every version of a file changed at least once by a commit that is
     * not a correction (an unreadable version sends the comparison further back). A file committed
     * once, most of a large portal, costs nothing.
     */
    private static Set<String> versionsToCompare(List<FileCommit> commits) {
        Set<String> changed = new HashSet<>();
        for (FileCommit c : commits) {
            if (c.modified() && !c.correction()) {
                changed.add(c.slug());
            }
        }
        Set<String> blobs = new LinkedHashSet<>();
        for (FileCommit c : commits) {
            if (changed.contains(c.slug())) {
                if (c.oldBlob() != null) {
                    blobs.add(c.oldBlob());
                }
                if (c.newBlob() != null) {
                    blobs.add(c.newBlob());
                }
            }
        }
        return blobs;
    }
}
