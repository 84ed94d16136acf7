package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.store.EventFilter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The event filters shared by {@code events}, {@code actors} and {@code export}. A picocli mixin. */
final class EventFilterOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "CODE",
            description = "Events with this actor code (or country) on either side, e.g. PAK.")
    String actor;

    @Option(names = "--recipient", paramLabel = "CODE", description = "Events done to this actor code (or country).")
    String recipient;

    @Option(names = "--type", paramLabel = "TYPE", description = "A PLOVER type: AGREE ... ASSAULT.")
    String type;

    @Option(names = "--factuality", paramLabel = "F",
            description = "asserted, negated, possible, hypothetical or future.")
    String factuality;

    @Option(names = "--from", paramLabel = "DAY", description = "First day (yyyy-mm-dd) of the event, else of its article.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", description = "Last day (yyyy-mm-dd), inclusive.")
    LocalDate to;

    @Option(names = "--source-url", paramLabel = "PATTERN",
            description = "The article's source (URL or path) contains PATTERN; * matches anything.")
    String sourceUrl;

    /** The filter; a bad value is a usage error naming it. */
    EventFilter filter() {
        try {
            return new EventFilter(actor, recipient, type, factuality, from, to, sourceUrl);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
