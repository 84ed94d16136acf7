package org.sitrep.server;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.Count;
import org.sitrep.store.Edge;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventHit;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;
import org.sitrep.store.SearchFacets;
import org.sitrep.store.SearchPage;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreStats;
import org.sitrep.store.StoredDocument;

/**
 * The JSON API over one store: every route, the parameters it takes and how it answers. Parameters are
 * checked by {@link Params} and handed to the store as values (its queries bind them; nothing here builds
 * SQL). The routes and their parameters are described in {@code /openapi.json}.
 *
 * <p>Thread-safe, as the store is.
 */
public final class Api {

    static final Set<String> EVENT_FILTERS = Set.of("actor", "recipient", "type", "factuality", "from", "to");
    static final Set<String> SEARCH_FILTERS = Set.of("q", "actor", "type", "month", "from", "to");
    private static final Set<String> TYPES = Set.copyOf(concat(EventFilter.COOPERATION, EventFilter.CONFLICT));
    private static final Set<String> FACTUALITIES = Set.of("asserted", "negated", "possible", "hypothetical",
            "future");

    private final Store store;
    private final CorpusCache corpus;
    private final Shapes shapes;
    private final Exporter exporter;

    /**
     * Starts loading the store's actor listing in the background, so that names are in by the first page.
     *
     * @param store the store every route reads; the caller closes it after the server
     */
    public Api(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.corpus = new CorpusCache(store, Clock.systemUTC(), Duration.ofSeconds(3));
        this.shapes = new Shapes(SitrepServer.mapper());
        this.exporter = new Exporter(store);
        corpus.warm();
    }

    /** Every route of the API. */
    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute("/api/stats", Set.of(), (q, p) -> stats()),
                new ApiRoute("/api/search", with(SEARCH_FILTERS, "offset", "limit"), (q, p) -> search(q)),
                new ApiRoute("/api/facets", SEARCH_FILTERS, (q, p) -> facets(q)),
                new ApiRoute("/api/documents/{id}", Set.of(),
                        (q, p) -> document(Params.id("document id", p.get("id")))),
                new ApiRoute("/api/events", with(EVENT_FILTERS, "offset", "limit"), (q, p) -> events(q)),
                new ApiRoute("/api/events/export", with(EVENT_FILTERS, "format", "name", "limit"),
                        (q, p) -> exporter.export(q, filter(q))),
                new ApiRoute("/api/actors", with(EVENT_FILTERS, "q", "offset", "limit"), (q, p) -> actors(q)),
                new ApiRoute("/api/actors/{code}", with(EVENT_FILTERS),
                        (q, p) -> actor(Params.pathCode(p.get("code")), q)),
                new ApiRoute("/api/actors/{code}/timeline", with(EVENT_FILTERS),
                        (q, p) -> timeline(Params.pathCode(p.get("code")), q)),
                new ApiRoute("/api/network", with(EVENT_FILTERS, "limit"), (q, p) -> network(q)));
    }

    private Map<String, Object> stats() {
        StoreStats s = corpus.stats();
        return ordered("documents", s.documents(), "nearDuplicates", s.nearDuplicates(), "events", s.events(),
                "byMonth", s.byMonth(), "byType", s.byType(), "byPair", s.byPair());
    }

    private Map<String, Object> search(Params q) {
        String text = q.text("q", Params.MAX_TEXT);
        int limit = q.limit(20);
        int offset = q.offset();
        SearchPage page = run(() -> store.search(searchQuery(q, new Page(limit, offset))));
        List<Map<String, Object>> results = new ArrayList<>();
        page.hits().forEach(h -> results.add(ordered("id", h.docId(), "title", h.title(), "published",
                h.published(), "source", h.source(), "publisher", h.publisher(), "snippet",
                Shapes.snippet(h.snippetHtml()), "score", h.score())));
        return ordered("query", text, "total", page.total(), "offset", offset, "limit", limit, "results", results);
    }

    /** How the articles a search finds (all of them, not one page) spread over actors, types and months. */
    private Map<String, Object> facets(Params q) {
        SearchFacets facets = run(() -> store.searchFacets(searchQuery(q, Page.first(1)), 12));
        List<Map<String, Object>> actors = facets.actors().stream()
                .map(c -> ordered("value", c.value(), "label", corpus.name(c.value()), "count", c.count()))
                .toList();
        return ordered("total", facets.total(), "actors", actors, "types", labelled(facets.types()),
                "months", labelled(facets.months()));
    }

    /**
     * The search of the page's parameters: the user's text (every article when there is none) and each
     * chosen facet as a required clause ({@code +actor:PAK +type:ACCUSE +month:2024-09}). Codes, types and
     * months are checked to letters, digits, {@code _} and {@code -} before they get here, so they cannot
     * change the rest of the query.
     */
    private static SearchQuery searchQuery(Params q, Page page) {
        String text = q.text("q", Params.MAX_TEXT);
        List<String> clauses = new ArrayList<>();
        String actor = q.code("actor");
        String type = q.choice("type", TYPES);
        YearMonth month = q.month("month");
        if (actor != null) {
            clauses.add("+actor:" + actor);
        }
        if (type != null) {
            clauses.add("+type:" + type);
        }
        if (month != null) {
            clauses.add("+month:" + month);
        }
        String words = text == null ? "*:*" : text;
        String query = clauses.isEmpty() ? words : "+(" + words + ") " + String.join(" ", clauses);
        return new SearchQuery(query, q.date("from"), q.endDate("to"), page);
    }

    /** Runs a search, turning a query the user mistyped into a 400 that says what is wrong. */
    private static <T> T run(Supplier<T> search) {
        try {
            return search.get();
        } catch (IllegalArgumentException e) { // QuerySyntaxException among them
            throw new BadRequest(e.getMessage());
        }
    }

    private Map<String, Object> document(String id) {
        StoredDocument doc = store.document(id).orElseThrow(() -> new NotFound("no document with id " + id));
        return shapes.record(doc.ref(), doc.recordJson());
    }

    private Map<String, Object> events(Params q) {
        EventFilter filter = filter(q);
        Page page = new Page(q.limit(50), q.offset());
        List<EventHit> hits = store.events(new EventQuery(filter, page));
        long total = store.countEvents(filter);
        List<Map<String, Object>> events = hits.stream()
                .map(h -> Shapes.event(h.event(), h.document(), h.mentions(), h.articles(), h.sources())).toList();
        return ordered("total", total, "offset", page.offset(), "limit", page.limit(), "events", events);
    }

    private Map<String, Object> actors(Params q) {
        String find = q.text("q", Params.MAX_TEXT);
        int limit = q.limit(50);
        int offset = q.offset();
        EventFilter filter = filter(q);
        List<ActorSummary> all = filter.equals(EventFilter.ALL) ? List.copyOf(corpus.actors().values())
                : store.actors(filter, Page.MAX_LIMIT);
        List<ActorSummary> kept = find == null ? all : all.stream().filter(a -> matches(a, find)).toList();
        List<Map<String, Object>> page = kept.stream().skip(offset).limit(limit)
                .map(a -> ordered("code", a.code(), "name", a.name(), "documents", a.documents(), "events", a.events()))
                .toList();
        return ordered("total", kept.size(), "offset", offset, "limit", limit, "actors", page);
    }

    private static boolean matches(ActorSummary a, String find) {
        String f = find.toLowerCase(Locale.ROOT);
        return a.code().toLowerCase(Locale.ROOT).contains(f) || a.name().toLowerCase(Locale.ROOT).contains(f);
    }

    /**
     * One actor under the filters: its name and corpus-wide article count, its events under the filters, and
     * its partners with the balance of cooperation and conflict (from the network edges that touch it).
     */
    private Map<String, Object> actor(String code, Params q) {
        EventFilter filter = filter(q).withActor(code);
        long events = store.countEvents(filter);
        ActorSummary known = corpus.actors().get(code);
        if (known == null && events == 0 && store.countEvents(EventFilter.ALL.withActor(code)) == 0) {
            throw new NotFound("no event names actor " + code);
        }
        Map<String, long[]> byPartner = new LinkedHashMap<>();
        for (Edge e : store.network(filter, 200)) {
            String other = e.source().equals(code) ? e.target() : e.target().equals(code) ? e.source() : null;
            if (other != null && !other.equals(code)) {
                long[] sides = byPartner.computeIfAbsent(other, k -> new long[2]);
                sides[0] += e.cooperation();
                sides[1] += e.conflict();
            }
        }
        List<Map<String, Object>> partners = byPartner.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .limit(15)
                .map(e -> ordered("code", e.getKey(), "name", corpus.name(e.getKey()),
                        "count", e.getValue()[0] + e.getValue()[1], "cooperation", e.getValue()[0],
                        "conflict", e.getValue()[1]))
                .toList();
        return ordered("code", code, "name", known == null ? code : known.name(), "documents",
                known == null ? null : known.documents(), "events", events, "partners", partners);
    }

    private Map<String, Object> timeline(String code, Params q) {
        List<Map<String, Object>> months = store.timeline(code, filter(q)).stream()
                .map(m -> ordered("month", m.month().toString(), "cooperation", m.cooperation(), "conflict",
                        m.conflict()))
                .toList();
        return ordered("code", code, "months", months);
    }

    private Map<String, Object> network(Params q) {
        EventFilter filter = filter(q);
        List<Edge> edges = store.network(filter, q.limit(60));
        Map<String, Long> weight = new LinkedHashMap<>();
        for (Edge e : edges) {
            weight.merge(e.source(), e.cooperation() + e.conflict(), Long::sum);
            weight.merge(e.target(), e.cooperation() + e.conflict(), Long::sum);
        }
        if (filter.actor() != null) {
            weight.putIfAbsent(filter.actor(), 0L);
        }
        List<Map<String, Object>> nodes = weight.entrySet().stream()
                .map(n -> ordered("id", n.getKey(), "name", corpus.name(n.getKey()),
                        "count", n.getValue()))
                .toList();
        List<Map<String, Object>> links = edges.stream()
                .map(e -> ordered("source", e.source(), "target", e.target(), "count", e.cooperation() + e.conflict(),
                        "cooperation", e.cooperation(), "conflict", e.conflict()))
                .toList();
        return ordered("nodes", edges.isEmpty() ? List.of() : nodes, "edges", links);
    }

    /** The event filter of a request's {@link #EVENT_FILTERS} parameters. */
    static EventFilter filter(Params q) {
        return eventFilter(q.code("actor"), q.code("recipient"), q.choice("type", TYPES),
                q.choice("factuality", FACTUALITIES), q.date("from"), q.endDate("to"));
    }

    private static EventFilter eventFilter(String actor, String recipient, String type, String factuality,
                                           LocalDate from, LocalDate to) {
        try {
            return new EventFilter(actor, recipient, type, factuality, from, to, null);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static List<Map<String, Object>> labelled(List<Count> counts) {
        return counts.stream().map(c -> ordered("value", c.value(), "count", c.count())).toList();
    }

    private static Set<String> with(Set<String> base, String... more) {
        return Set.copyOf(concat(List.copyOf(base), List.of(more)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** A JSON object with its keys in the order given: key, value, key, value... */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
