package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.EventRow;
import org.sitrep.store.EventHit;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep events}: stored events, newest first, each with its sentence, document and report counts. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events, newest first, with their sentence and article.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the listing ran", "1:the store cannot be read", "2:the command line is wrong"})
public final class EventsCommand implements Callable<Integer> {

    /** How events are printed. */
    enum Format { TABLE, JSONL }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl",
            description = "table (one line per event) or jsonl (one JSON object per event). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Events shown. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Events skipped first.")
    int offset;

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

    @Override
    public Integer call() throws JsonProcessingException {
        EventQuery query;
        try {
            query = new EventQuery(filter.filter(), new Page(limit, offset));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.openReadOnly(store.dir)) {
            for (EventHit hit : s.events(query)) {
                out.println(format == Format.JSONL ? mapper.writeValueAsString(hit) : line(hit));
            }
        }
        out.flush();
        return 0;
    }

    /** {@code 2024-10-03 ACCUSE asserted PAK -> AFG x2/2 "sentence" (title; id)} */
    static String line(EventHit hit) {
        EventRow e = hit.event();
        String when = e.day() != null ? e.day().toString() : hit.document().published() == null ? "----------"
                : hit.document().published();
        String title = hit.document().title() == null ? hit.document().source() : hit.document().title();
        return when + " " + e.type() + " " + e.factuality() + " " + side(e.actorCodes(), e.actorNames()) + " -> "
                + side(e.recipientCodes(), e.recipientNames()) + " [mentions " + hit.mentions() + ", articles "
                + hit.articles() + ", sources " + hit.sources() + "] \"" + e.sentence().replaceAll("\\s+", " ").strip()
                + "\" (" + title + "; " + e.docId().substring(0, Math.min(12, e.docId().length())) + ")";
    }

    private static String side(List<String> codes, List<String> names) {
        if (codes.isEmpty()) {
            return "-";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            s.append(i == 0 ? "" : ",").append(codes.get(i).isEmpty() ? names.get(i) : codes.get(i));
        }
        return s.toString();
    }
}
