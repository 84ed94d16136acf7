package org.sitrep.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Page;
import org.sitrep.store.Store;
import org.sitrep.store.StoreStats;

/**
 * The corpus-wide answers the page asks on every view and that change only when an ingest adds documents:
 * actor names and counts and the totals (search facets are counted per query by the index, fast enough not to
 * keep). On a large store these are the slow queries (tens of
 * seconds for the actor listing of 100,000 documents), so they are kept for a while and the actor listing is
 * loaded in the background: until it is in, names fall back to codes rather than keep a page waiting.
 *
 * <p>Thread-safe.
 */
final class CorpusCache {

    /** How long a kept answer is used before it is asked again. */
    static final Duration KEEP = Duration.ofMinutes(5);

    private final Store store;
    private final Clock clock;
    private final Duration patience;
    private Kept<StoreStats> stats;
    private CompletableFuture<Map<String, ActorSummary>> load;
    private Instant listedAt;
    private volatile Map<String, ActorSummary> listing;

    private record Kept<V>(V value, Instant at) {
    }

    /**
     * @param patience how long a request waits for the actor listing before it makes do with codes
     */
    CorpusCache(Store store, Clock clock, Duration patience) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.patience = Objects.requireNonNull(patience, "patience");
    }

    /** Starts loading the actor listing, so that it is in by the first page. */
    void warm() {
        loading();
    }

    /**
     * Every coded actor by code (most active first), with its name and corpus-wide counts; empty while the first
     * listing loads.
     */
    Map<String, ActorSummary> actors() {
        CompletableFuture<Map<String, ActorSummary>> load = loading();
        Map<String, ActorSummary> known = listing;
        if (known != null) {
            return known;
        }
        try {
            return load.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list the store's actors: " + e.getCause().getMessage(), e);
        }
    }

    /** The name of an actor code, or the code itself while names are unknown. */
    String name(String code) {
        ActorSummary a = actors().get(code);
        return a == null ? code : a.name();
    }

    StoreStats stats() {
        synchronized (this) {
            if (fresh(stats)) {
                return stats.value();
            }
        }
        StoreStats value = store.stats();
        synchronized (this) {
            stats = new Kept<>(value, clock.instant());
        }
        return value;
    }

    /** The listing being loaded, or the last one; a new load starts when the last is older than {@link #KEEP}. */
    private synchronized CompletableFuture<Map<String, ActorSummary>> loading() {
        boolean stale = listedAt == null || !listedAt.plus(KEEP).isAfter(clock.instant());
        if (load == null || load.isDone() && stale) {
            listedAt = clock.instant();
            load = CompletableFuture.supplyAsync(() -> {
                Map<String, ActorSummary> byCode = new LinkedHashMap<>();
                store.actors(EventFilter.ALL, Page.MAX_LIMIT).forEach(a -> byCode.put(a.code(), a));
                return Collections.unmodifiableMap(byCode);
            });
            load.thenAccept(loaded -> listing = loaded);
        }
        return load;
    }

    private boolean fresh(Kept<?> kept) {
        return kept != null && kept.at().plus(KEEP).isAfter(clock.instant());
    }
}
