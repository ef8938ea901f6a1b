package fr.artisanat.relais.cli;

import fr.artisanat.relais.pipeline.BuildProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a long build moving on a terminal: one line, rewritten in place, with the phase, the count
 * and the rate (« pages : 4 210 / 9 955 (1 850/s) »). Nothing is printed during the first two
 * seconds, so a small site builds as silently as before, and at most five updates a second. Used
 * only when standard error is a terminal: in CI logs the summary line stays the only output.
 */
final class ProgressPrinter implements BuildProgress {
    static final long QUIET_MILLIS = 2_000;
    private static final long EVERY_MILLIS = 200;

    private final PrintStream err;
    private final LongSupplier clock;
    private final long start;
    private long lastPrint;
    private String phase = "";
    private long phaseStart;
    private boolean printed;

    ProgressPrinter(PrintStream err, LongSupplier clockMillis) {
        this.err = err;
        this.clock = clockMillis;
        this.start = clockMillis.getAsLong();
        this.phaseStart = start;
    }

    @Override
    public synchronized void update(String phase, long done, long total) {
        long now = clock.getAsLong();
        boolean newPhase = !phase.equals(this.phase);
        if (newPhase) {
            this.phase = phase;
            phaseStart = now;
        }
        boolean last = total > 0 && done == total;
        if (now - start < QUIET_MILLIS || (!newPhase && !last && now - lastPrint < EVERY_MILLIS)) {
            return;
        }
        lastPrint = now;
        printed = true;
        err.print("\r\033[K" + line(phase, done, total, now - phaseStart));
        err.flush();
    }

    static String line(String phase, long done, long total, long elapsedMillis) {
        StringBuilder sb = new StringBuilder(phase);
        if (total > 0) {
            sb.append(" : ").append(number(done)).append(" / ").append(number(total));
            if (elapsedMillis > 0 && done > 0) {
                sb.append(" (").append(number(done * 1000 / elapsedMillis)).append("/s)");
            }
        } else {
            sb.append("…");
        }
        return sb.toString();
    }

    private static String number(long n) {
        return String.format(Locale.FRANCE, "%,d", n).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Clears the progress line before the diagnostics and the summary are printed. */
    synchronized void finish() {
        if (printed) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
