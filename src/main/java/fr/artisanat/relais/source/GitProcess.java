package fr.artisanat.relais.source;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one git command in a folder and returns what it printed. Git is optional: when it is
 * missing, fails or takes too long the answer is null and the build goes on without history.
 */
final class GitProcess {
    private static final long TIMEOUT_SECONDS = 120;

    private GitProcess() {}

    /** Reads what git prints as it prints it. */
    interface OutputReader<T> {
        T read(InputStream out) throws IOException;
    }

    /** git's standard output, or null when git is missing, fails or takes too long. */
    static byte[] run(Path dir, List<String> args) {
        return run(dir, args, null, InputStream::readAllBytes);
    }

    /**
     * What {@code reader} made of git's output, or null when git failed. {@code input} (if any) is
     * written to git's standard input from another thread: git answers while it reads, and writing
     * everything first could fill both pipes and wait forever.
     */
    static <T> T run(Path dir, List<String> args, byte[] input, OutputReader<T> reader) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(dir.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        if (input == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        }
        // the repository's own settings, not the editor's pager or colours
        builder.environment().put("GIT_PAGER", "cat");
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            AtomicBoolean written = new AtomicBoolean(input == null);
            Thread writer = input == null ? null : writer(process, input, written);
            T out;
            try (InputStream in = process.getInputStream()) {
                out = reader.read(in);
                in.transferTo(OutputStream.nullOutputStream()); // let git finish writing
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            if (writer != null) {
                writer.join();
            }
            return process.exitValue() == 0 && written.get() ? out : null;
        } catch (IOException e) {
            return null; // no git on this machine: a build without history
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Thread writer(Process process, byte[] input, AtomicBoolean written) {
        Thread thread =
                new Thread(
                        () -> {
                            try (OutputStream out = process.getOutputStream()) {
                                out.write(input);
                                written.set(true);
                            } catch (IOException e) {
                                // git stopped reading: its answer is incomplete, so not used
                                written.set(false);
                            }
                        },
                        "relais-git-input");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
