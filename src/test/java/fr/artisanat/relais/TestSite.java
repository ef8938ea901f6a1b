package fr.artisanat.relais;

import fr.artisanat.relais.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small site in a temporary folder, built through the real command line: the one helper every
 * integration test uses (as Hugo's {@code hugolib.Test}). Starts from the {@code minimal} fixture
 * and the project's real templates; tests then add, replace or delete files.
 */
public final class TestSite {
    public static final Path FIXTURES = Path.of("src/test/resources/sites");
    public static final Path TEMPLATES = Path.of("templates");
    public static final String AS_OF = "2020-04-15";

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A copy of {@code sites/minimal} in {@code dir}. */
    public static TestSite minimal(Path dir) {
        copyTree(FIXTURES.resolve("minimal"), dir);
        return new TestSite(dir);
    }

    /** An empty site folder, for tests that write every file. */
    public static TestSite empty(Path dir) {
        return new TestSite(dir);
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("site");
    }

    public TestSite write(String path, String text) {
        return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds with {@code --as-of 2020-04-15} unless the arguments set a date. */
    public Result build(String... extra) {
        List<String> args = new ArrayList<>();
        args.add("build");
        args.add("--content");
        args.add(root.resolve("content").toString());
        args.add("--templates");
        args.add(TEMPLATES.toAbsolutePath().toString());
        args.add("--out");
        args.add(out().toString());
        if (!List.of(extra).contains("--as-of")) {
            args.add("--as-of");
            args.add(AS_OF);
        }
        args.addAll(List.of(extra));
        return run(args);
    }

    public static Result run(List<String> args) {
        return run(args, Map.of());
    }

    /** Runs the command line with these environment variables (e.g. SOURCE_DATE_EPOCH). */
    public static Result run(List<String> args, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code =
                Main.run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        env);
        return new Result(
                code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every file under {@code dir}, by relative path, with its bytes. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Every path under {@code root} (links as links, folders ending with {@code /}), with a file's
     * bytes as Latin-1 text or a link's target: two equal trees mean nothing was added, removed,
     * changed or replaced by a link.
     */
    public static Map<String, String> tree(Path root) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(rel, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    out.put(rel + "/", "");
                } else if (Files.isRegularFile(p)) {
                    out.put(rel, Files.readString(p, StandardCharsets.ISO_8859_1));
                } else {
                    out.put(rel, "(fichier spécial)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        /** No stack trace, no exception name, no « erreur interne » anywhere in the output. */
        public void assertNoTrace() {
            String all = out + err;
            org.junit.jupiter.api.Assertions.assertFalse(all.contains("\tat "), all);
            org.junit.jupiter.api.Assertions.assertFalse(all.contains("Exception"), all);
            org.junit.jupiter.api.Assertions.assertFalse(all.contains("erreur interne"), all);
        }

        /** Diagnostic lines only (without the closing summary and status lines). */
        public String diagnostics() {
            StringBuilder sb = new StringBuilder();
            for (String line : err.split("\n")) {
                if (line.contains(": erreur : ") || line.contains(": avertissement : ")) {
                    sb.append(line).append('\n');
                }
            }
            return sb.toString();
        }
    }
}
