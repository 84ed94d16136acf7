package org.sitrep.bench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.Store;

/**
 * Times a fixed set of queries against a store, the way the command line asks them: event listings by actor,
 * by actor pair, and by type within one month (the first 50 events), and full-text searches for terms and for
 * phrases (the first 10 hits). Each query runs once to warm up, then {@code rounds} times measured.
 */
public final class QueryLatency {

    /** Events a listing returns, as {@code sitrep events} shows by default. */
    static final int EVENTS = 50;
    /** Hits a search returns. */
    static final int HITS = 10;

    /**
     * One query of the set.
     *
     * @param category which group it belongs to
     * @param label the query as a person would write it
     * @param run runs it and returns how many results it found
     */
    record Query(String category, String label, LongSupplier run) {
    }

    /**
     * The measurements.
     *
     * @param categories latencies per category, in the set's order
     * @param results for each query, its label and how many results its last run found
     */
    public record Result(List<Latencies> categories, Map<String, Long> results) {
    }

    private final int rounds;

    public QueryLatency(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        this.rounds = rounds;
    }

    /** The fixed query set over {@code store}. */
    static List<Query> queries(Store store) {
        List<Query> queries = new ArrayList<>();
        for (String actor : List.of("PAK", "USA", "NGA", "KEN", "PER")) {
            queries.add(events(store, "events by actor", "--actor " + actor,
                    new EventFilter(actor, null, null, null, null, null, null)));
        }
        for (String[] pair : new String[][] {{"PAK", "AFG"}, {"USA", "CHN"}, {"RUS", "UKR"}, {"IND", "PAK"}}) {
            queries.add(events(store, "events by actor pair", "--actor " + pair[0] + " --recipient " + pair[1],
                    new EventFilter(pair[0], pair[1], null, null, null, null, null)));
        }
        for (String[] typeMonth : new String[][] {{"ACCUSE", "2023-03"}, {"ASSAULT", "2022-06"}, {"AGREE", "2024-11"},
                {"PROTEST", "2023-09"}}) {
            LocalDate from = LocalDate.parse(typeMonth[1] + "-01");
            queries.add(events(store, "events by type and month", "--type " + typeMonth[0] + " --from " + from
                    + " --to " + from.plusMonths(1).minusDays(1),
                    new EventFilter(null, null, typeMonth[0], null, from, from.plusMonths(1).minusDays(1), null)));
        }
        for (String actor : List.of("PAK", "USA", "NGA")) {
            EventFilter filter = new EventFilter(actor, null, null, null, null, null, null);
            queries.add(new Query("timeline of an actor", "timeline " + actor,
                    () -> store.timeline(actor, EventFilter.ALL).size()));
            queries.add(new Query("network of an actor", "network --actor " + actor,
                    () -> store.network(filter, EVENTS).size()));
        }
        queries.add(new Query("network of all", "network", () -> store.network(EventFilter.ALL, EVENTS).size()));
        for (String text : List.of("ceasefire", "pipeline", "drought talks", "actor:PAK", "title:talks")) {
            queries.add(search(store, "search terms", text));
        }
        for (String text : List.of("\"border crossing\"", "\"refugee crisis\"", "\"trade agreement\"",
                "\"fishing rights\" AND sanctions")) {
            queries.add(search(store, "search phrases", text));
        }
        return queries;
    }

    private static Query events(Store store, String category, String label, EventFilter filter) {
        return new Query(category, label, () -> store.events(new EventQuery(filter, Page.first(EVENTS))).size());
    }

    private static Query search(Store store, String category, String text) {
        return new Query(category, text, () -> store.search(SearchQuery.of(text, HITS)).total());
    }

    /** Runs the set against {@code store}. */
    public Result run(Store store) {
        Map<String, List<Double>> byCategory = new LinkedHashMap<>();
        Map<String, Long> results = new LinkedHashMap<>();
        for (Query query : queries(store)) {
            long found = query.run().getAsLong(); // warm-up
            for (int round = 0; round < rounds; round++) {
                long started = System.nanoTime();
                found = query.run().getAsLong();
                byCategory.computeIfAbsent(query.category(), c -> new ArrayList<>())
                        .add((System.nanoTime() - started) / 1e6);
            }
            results.put(query.label(), found);
        }
        List<Latencies> categories = new ArrayList<>();
        byCategory.forEach((category, millis) -> categories.add(new Latencies(category, millis)));
        return new Result(categories, results);
    }
}
