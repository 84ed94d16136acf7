package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Count;
import org.sitrep.store.LogEntry;
import org.sitrep.store.Store;
import org.sitrep.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep stats}: what a store holds, and what failed to get in. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show counts by month, type and actor pair, and the ingest failures.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the figures were printed", "1:the store cannot be read"})
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.openReadOnly(store.dir)) {
            StoreStats stats = s.stats();
            out.println("documents " + stats.documents() + " (" + stats.nearDuplicates() + " near-duplicates), events "
                    + stats.events());
            section(out, "events by month", stats.byMonth());
            section(out, "events by type", stats.byType());
            section(out, "events by actor pair", stats.byPair());
            section(out, "ingest failures by kind", stats.failuresByKind());
            if (!stats.latestFailures().isEmpty()) {
                out.println();
                out.println("latest failures:");
                for (LogEntry e : stats.latestFailures()) {
                    out.println("  " + e.time() + " " + e.source() + ": " + e.problemKind() + ": " + e.message());
                }
            }
        }
        out.flush();
        return 0;
    }

    private static void section(PrintWriter out, String title, List<Count> counts) {
        out.println();
        out.println(title + ":" + (counts.isEmpty() ? " none" : ""));
        for (Count c : counts) {
            out.println("  " + c.value() + "  " + c.count());
        }
    }
}
