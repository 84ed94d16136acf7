package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.store.IngestCounts;

/**
 * The ingest progress line: documents, rate, events, duplicates and errors, rewritten in place with a carriage
 * return at most twice a second, and only on a terminal (a log file gets the summary alone).
 */
final class Progress {

    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean live;
    private final long start = System.nanoTime();
    private long last;
    private int width;

    Progress(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    /** Redraws the line when it is time to. */
    void update(IngestCounts counts) {
        long now = System.nanoTime();
        if (!live || now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        String line = "ingest: " + line(counts);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Clears the line before another message is printed. */
    void clear() {
        if (live && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
    }

    /** One line of counts and rate. */
    String line(IngestCounts c) {
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        return String.format(Locale.ROOT, "%d documents stored (%.2f/s), %d events, %d already stored, %d failed",
                c.stored(), c.stored() / seconds, c.events(), c.duplicates(), c.failed());
    }

    /** Seconds since the start. */
    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
