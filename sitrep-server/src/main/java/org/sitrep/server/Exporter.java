package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.export.EventRow;
import org.sitrep.store.DocumentRef;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventHit;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;
import org.sitrep.store.Store;

/**
 * The events export: the events a filter keeps, as CSV (one row per event, lists joined with {@code ;}) or as
 * JSON Lines (the API's event shape, one per line), offered as a file under a checked name.
 *
 * <p>Thread-safe.
 */
final class Exporter {

    /** The most events one export holds. */
    static final int MAX_ROWS = 100_000;

    static final List<String> CSV_COLUMNS = List.of("event_id", "doc_id", "date", "type", "side", "mode", "cameo",
            "actor_codes", "actor_names", "recipient_codes", "recipient_names", "factuality", "attribution_name",
            "attribution_code", "attribution_cue", "location_name", "location_country", "confidence", "mentions",
            "articles", "sources", "title", "published", "source", "sentence");

    private final Store store;
    private final ObjectMapper mapper = SitrepServer.mapper();

    Exporter(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The export a request asks for: {@code format} csv or jsonl, {@code name} the file name without suffix. */
    Download export(Params q, EventFilter filter) {
        String format = q.choice("format", Set.of("csv", "jsonl"));
        if (format == null) {
            throw new BadRequest("parameter 'format' is required: csv or jsonl");
        }
        String base = q.text("name", 80);
        if (base != null && !Download.isSafeName(base)) {
            throw new BadRequest("parameter 'name' must be a plain file name (letters, digits, . _ -, not starting "
                    + "with a dot), not '" + base + "'");
        }
        String fileName = (base == null ? "sitrep-events" : base) + "." + format;
        int limit = q.integer("limit", MAX_ROWS, 1, MAX_ROWS);
        List<EventHit> hits = store.events(new EventQuery(filter, Page.first(limit)));
        return format.equals("csv")
                ? new Download(fileName, "text/csv; charset=utf-8", out -> {
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    CsvWriter csv = new CsvWriter(w);
                    csv.row(CSV_COLUMNS);
                    hits.forEach(h -> csv.row(csvRow(h)));
                    w.flush();
                })
                : new Download(fileName, "application/x-ndjson; charset=utf-8", out -> {
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    for (EventHit h : hits) {
                        w.write(mapper.writeValueAsString(
                                Shapes.event(h.event(), h.document(), h.mentions(), h.articles(), h.sources())));
                        w.write('\n');
                    }
                    w.flush();
                });
    }

    private static List<Object> csvRow(EventHit h) {
        EventRow e = h.event();
        DocumentRef d = h.document();
        return Arrays.asList(e.eventId(), e.docId(), e.date(), e.type(), Shapes.side(e.type()), e.mode(), e.cameo(),
                e.actorCodes(), e.actorNames(), e.recipientCodes(), e.recipientNames(), e.factuality(),
                e.attributionName(), e.attributionCode(), e.attributionCue(), e.locationName(), e.locationCountry(),
                e.confidence(), h.mentions(), h.articles(), h.sources(), d.title(), d.published(), d.source(),
                e.sentence());
    }
}
