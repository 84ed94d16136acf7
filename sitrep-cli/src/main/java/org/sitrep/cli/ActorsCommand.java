package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep actors}: coded actors with their counts and the partners they act with most. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "List actors by events, with documents and most frequent partners (near-duplicates not counted).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the listing ran", "1:the store cannot be read", "2:the command line is wrong"})
public final class ActorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Actors shown. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.openReadOnly(store.dir)) {
            out.println(String.format(Locale.ROOT, "%-10s %-28s %9s %7s  %s", "code", "name", "documents", "events",
                    "partners (events)"));
            for (ActorSummary a : s.actors(filter.filter(), limit)) {
                String partners = a.partners().stream().map(p -> p.value() + " " + p.count())
                        .collect(Collectors.joining(", "));
                out.println(String.format(Locale.ROOT, "%-10s %-28s %9d %7d  %s", a.code(), a.name(), a.documents(),
                        a.events(), partners));
            }
        }
        out.flush();
        return 0;
    }
}
