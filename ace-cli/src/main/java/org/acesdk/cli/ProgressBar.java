package org.acesdk.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, redrawn in place with a carriage return, at most once a percent; silent when off
 * (by default it is on only when standard error is a terminal, so scripts and pipes get clean output).
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean on;
    private final String unit;
    private int lastPercent = -1;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean on, String unit) {
        this.err = err;
        this.on = on;
        this.unit = unit;
    }

    /** Whether a bar is drawn when the user said neither --progress nor --no-progress. */
    static boolean byDefault() {
        return System.console() != null;
    }

    /** Shows {@code done} of {@code total} (a total of 0 or less: unknown, only the count is shown). */
    void update(long done, long total) {
        if (!on) {
            return;
        }
        int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : -1;
        if (percent == lastPercent && total > 0 && done < total) {
            return;
        }
        lastPercent = percent;
        int filled = total > 0 ? (int) Math.min(WIDTH, done * WIDTH / total) : 0;
        StringBuilder line = new StringBuilder("\r[").append("#".repeat(filled)).append(" ".repeat(WIDTH - filled))
                .append("] ").append(done);
        if (total > 0) {
            line.append('/').append(total).append(' ').append(unit).append(' ').append(percent).append('%');
        } else {
            line.append(' ').append(unit);
        }
        err.print(line);
        err.flush();
        drawn = true;
    }

    /** Ends the bar's line. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
