package fr.artisanat.relais;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a child JVM, for what only a process of its own shows: a locale read at
 * start-up ({@code LANG=C}), a file size limit ({@code ulimit -f}), a umask. The shell prefix runs
 * in bash before {@code exec java …}.
 */
public final class ChildRelais {
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private ChildRelais() {}

    /**
     * @param shell bash commands run first, e.g. {@code ulimit -f 8}; empty for none
     * @param env variables to set, or to remove when the value is empty
     */
    public static TestSite.Result run(
            Path cwd, String shell, Map<String, String> env, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add("-c");
        command.add(shell + "\nexec \"$@\"");
        command.add("bash");
        command.add(JAVA);
        command.add("-XX:-UsePerfData");
        command.add("-XX:TieredStopAtLevel=1");
        // a test library on the class path brings SLF4J, which would warn on stderr
        command.add("-Dslf4j.internal.verbosity=ERROR");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("fr.artisanat.relais.cli.Main");
        command.addAll(args);
        return exec(cwd, env, command);
    }

    /** Runs {@code command} as it is, with the same environment rules. */
    public static TestSite.Result exec(Path cwd, Map<String, String> env, List<String> command) {
        try {
            Path out = Files.createTempFile("relais-child", ".out");
            Path err = Files.createTempFile("relais-child", ".err");
            try {
                ProcessBuilder builder =
                        new ProcessBuilder(command)
                                .directory(cwd.toFile())
                                .redirectOutput(out.toFile())
                                .redirectError(err.toFile())
                                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                env.forEach(
                        (k, v) -> {
                            if (v.isEmpty()) {
                                builder.environment().remove(k);
                            } else {
                                builder.environment().put(k, v);
                            }
                        });
                Process p = builder.start();
                if (!p.waitFor(180, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("child still running after 180 s: " + command);
                }
                return new TestSite.Result(
                        p.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
