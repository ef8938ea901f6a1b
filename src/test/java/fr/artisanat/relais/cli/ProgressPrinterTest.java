package fr.artisanat.relais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressPrinterTest {
    @TempDir Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong(1_000_000);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void staysSilentDuringTheFirstTwoSeconds() {
        ProgressPrinter progress = new ProgressPrinter(err, clock::get);
        progress.update("pages", 10, 100);
        clock.addAndGet(1_500);
        progress.update("pages", 50, 100);
        progress.finish();
        assertEquals("", printed());
    }

    @Test
    void showsPhaseCountAndRateOnOneRewrittenLine() {
        ProgressPrinter progress = new ProgressPrinter(err, clock::get);
        progress.update("pages", 0, 12_000);
        clock.addAndGet(2_000);
        progress.update("pages", 4_000, 12_000);
        clock.addAndGet(50); // too soon after the previous line
        progress.update("pages", 4_100, 12_000);
        progress.finish();
        assertEquals("\r\033[Kpages : 4 000 / 12 000 (2 000/s)\r\033[K", printed(), printed());
    }

    @Test
    void printsPhasesWithoutCountAsTheyStart() {
        assertEquals("validation…", ProgressPrinter.line("validation", 0, 0, 10));
    }

    @Test
    void buildOutsideATerminalPrintsOnlyTheSummaryLine() throws UsageException {
        TestSite site = TestSite.minimal(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code =
                new BuildCommand(
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                err,
                                Map.of(),
                                false)
                        .run(
                                List.of(
                                        "--content",
                                        site.root().resolve("content").toString(),
                                        "--templates",
                                        TestSite.TEMPLATES.toString(),
                                        "--out",
                                        site.out().toString(),
                                        "--as-of",
                                        TestSite.AS_OF));
        assertEquals(0, code, printed());
        assertEquals("", printed(), "no progress and no diagnostics on standard error");
        String summary = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, summary.lines().count(), summary);
        assertTrue(summary.startsWith("Site construit dans "), summary);
        assertFalse(summary.contains("\r"));
    }
}
