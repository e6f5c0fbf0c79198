package scatter.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import scatter.solve.ChunkedPool;

/**
 * A one-line progress bar for a terminal, fed by the thread pool's completed chunks, e.g.
 * <pre>
 * [##############----------------]  47%  3.1 s, about 3.5 s left
 * </pre>
 * It stays silent for the first {@link #SHOW_AFTER_NANOS} (a short run prints nothing) and then
 * redraws the line in place (carriage return) at most every {@link #REDRAW_NANOS}. It runs on the
 * thread that waits for the chunks (see {@link ChunkedPool.Progress}), never on a worker, so the
 * workers do not wait for it and share nothing with it; per chunk it reads the clock once.
 * {@link #clear()} erases the line so that the next log line starts clean.
 */
final class ProgressBar implements ChunkedPool.Progress {
    /** Runs shorter than this show no bar. */
    static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    /** Least time between redraws: a few per second is smooth enough and costs nothing. */
    static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastDrawn = Long.MIN_VALUE;
    private int drawnWidth;

    /** A bar on {@code out} (the terminal's stderr), timed by {@code nanoClock} from now. */
    ProgressBar(PrintWriter out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    @Override
    public void chunkDone(int done, int total) {
        long now = nanoClock.getAsLong();
        long elapsed = now - start;
        if (elapsed < SHOW_AFTER_NANOS || (drawnWidth > 0 && now - lastDrawn < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDrawn = now;
        String line = line(done, total, elapsed * 1e-9);
        // pad over a longer previous line
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        out.print("\r" + padded);
        out.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }

    /** Erases the bar, if one was drawn, leaving the cursor at the start of the empty line. */
    void clear() {
        if (drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            out.flush();
            drawnWidth = 0;
        }
    }

    static String line(int done, int total, double seconds) {
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.floor(fraction * BAR_WIDTH);
        StringBuilder b = new StringBuilder(80).append('[');
        b.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append(']');
        b.append(String.format(Locale.ROOT, " %3d%%  %s", (int) Math.floor(100 * fraction), duration(seconds)));
        if (done > 0 && done < total) {
            // nodes inside the obstacle are cheap, so this is a guess: hence "about"
            b.append(", about ").append(duration(seconds * (total - done) / done)).append(" left");
        }
        return b.toString();
    }

    private static String duration(double s) {
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        long whole = Math.round(s);
        return whole < 3600 ? String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60)
                : String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole / 60 % 60);
    }
}
