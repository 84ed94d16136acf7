package org.sitrep.bench.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.sitrep.bench.store.Latencies;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.Store;

/**
 * Times the API routes the page calls (search, events, network) over HTTP, each beside the bare store call at
 * its heart, in alternation, so that the two are measured under the same load. Each request runs once to warm
 * up, then {@code rounds} times measured.
 */
final class ApiLatency {

    /**
     * One request of the set: the route with its query, and the store call it rests on.
     *
     * @param category search, events or network
     */
    record Request(String category, String path, LongSupplier storeCall) {
    }

    /** Latencies per category, HTTP and bare store side by side. */
    record Result(List<Latencies> api, List<Latencies> store) {
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final int rounds;

    ApiLatency(String base, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        this.base = base;
        this.rounds = rounds;
    }

    /** The fixed request set: what the search, events and actor pages ask. */
    static List<Request> requests(Store store) {
        List<Request> out = new ArrayList<>();
        for (String q : List.of("ceasefire", "pipeline", "drought+talks", "%22border+crossing%22", "title:talks")) {
            String text = java.net.URLDecoder.decode(q, java.nio.charset.StandardCharsets.UTF_8);
            out.add(new Request("search", "/api/search?limit=20&q=" + q,
                    () -> store.search(SearchQuery.of(text, 20)).total()));
        }
        for (String actor : List.of("PAK", "USA", "NGA")) {
            EventFilter filter = EventFilter.ALL.withActor(actor);
            out.add(new Request("events", "/api/events?limit=50&actor=" + actor,
                    () -> store.events(new EventQuery(filter, Page.first(50))).size()));
        }
        EventFilter accuse = new EventFilter(null, null, "ACCUSE", "asserted", java.time.LocalDate.of(2023, 3, 1),
                java.time.LocalDate.of(2023, 3, 31), null);
        out.add(new Request("events", "/api/events?limit=50&type=ACCUSE&factuality=asserted&from=2023-03&to=2023-03",
                () -> store.events(new EventQuery(accuse, Page.first(50))).size()));
        for (String actor : List.of("PAK", "USA", "NGA", "KEN")) {
            EventFilter filter = EventFilter.ALL.withActor(actor);
            out.add(new Request("network", "/api/network?limit=40&actor=" + actor,
                    () -> store.network(filter, 40).size()));
        }
        return out;
    }

    Result run(Store store) {
        Map<String, List<Double>> api = new LinkedHashMap<>();
        Map<String, List<Double>> bare = new LinkedHashMap<>();
        for (Request r : requests(store)) {
            get(r.path());
            r.storeCall().getAsLong();
            for (int round = 0; round < rounds; round++) {
                long t0 = System.nanoTime();
                get(r.path());
                long t1 = System.nanoTime();
                r.storeCall().getAsLong();
                long t2 = System.nanoTime();
                api.computeIfAbsent(r.category(), c -> new ArrayList<>()).add((t1 - t0) / 1e6);
                bare.computeIfAbsent(r.category(), c -> new ArrayList<>()).add((t2 - t1) / 1e6);
            }
        }
        return new Result(latencies(api), latencies(bare));
    }

    private static List<Latencies> latencies(Map<String, List<Double>> byCategory) {
        List<Latencies> out = new ArrayList<>();
        byCategory.forEach((name, millis) -> out.add(new Latencies(name, millis)));
        return out;
    }

    private void get(String path) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + new String(r.body(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the server for " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
