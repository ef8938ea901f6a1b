package fr.artisanat.relais.source;

import fr.artisanat.relais.model.Revision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The history of every measure file, from one {@code git log} over {@code measures/} (one process
 * for the whole folder, not one per measure: 10 000 measures stay fast). Outside a git repository,
 * in a shallow clone (whose oldest commit would look like it added every file), without git, or
 * when git fails, there is no history: the build goes on without it.
 */
final class GitLog {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final char RECORD = '\u001e';
    private static final char FIELD = '\u001f';
    private static final String PREFIX = "measures/";
    private static final long TIMEOUT_SECONDS = 120;

    private GitLog() {}

    /** Revisions by measure slug, newest first; empty when there is no usable history. */
    static Map<String, List<Revision>> read(Path contentDir) {
        Path dir = contentDir.toAbsolutePath().normalize();
        String shallow = run(dir, List.of("rev-parse", "--is-shallow-repository"));
        if (shallow == null || !shallow.strip().equals("false")) {
            return Map.of();
        }
        String log =
                run(
                        dir,
                        List.of(
                                "-c",
                                "core.quotePath=false",
                                "log",
                                "--no-renames",
                                "--relative",
                                "--name-only",
                                "--format=" + RECORD + "%H" + FIELD + "%ct" + FIELD + "%s",
                                "--",
                                PREFIX));
        return log == null ? Map.of() : parse(log);
    }

    /** Parses the output of the {@code git log} above (exposed for tests). */
    static Map<String, List<Revision>> parse(String log) {
        Map<String, List<Revision>> bySlug = new HashMap<>();
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
                    Instant.ofEpochSecond(Long.parseLong(fields[1].strip()))
                            .atZone(PARIS)
                            .toLocalDate();
            Revision revision = new Revision(date, fields[2].strip(), fields[0]);
            for (int i = 1; i < lines.length; i++) {
                String file = lines[i].strip();
                if (file.startsWith(PREFIX)
                        && file.endsWith(".md")
                        && file.indexOf('/', PREFIX.length()) < 0) {
                    String slug = file.substring(PREFIX.length(), file.length() - 3);
                    bySlug.computeIfAbsent(slug, s -> new ArrayList<>()).add(revision);
                }
            }
        }
        Map<String, List<Revision>> frozen = new HashMap<>();
        bySlug.forEach((slug, list) -> frozen.put(slug, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    /** git's standard output, or null when git is missing, fails or takes too long. */
    private static String run(Path dir, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(dir.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        // the repository's own settings, not the editor's pager or colours
        builder.environment().put("GIT_PAGER", "cat");
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null; // no git on this machine: a build without history
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(
                System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
