package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Problem;

/** The store written with hand-made articles, then read back through the query API. */
class StoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(dir), 2, CLOCK)) {
            Articles.addThreeReports(writer);
            Articles.add(writer, Articles.meeting("d4", "2024-11-20", List.of("CHN", "IRN", "PAK"), Articles.DROUGHT
                    + " A second paragraph about grain prices follows here."));
            writer.failed("broken.html", null, new Problem("binary", "the file is a PNG image, not a page"));
        }
    }

    @Test
    void eventsOfAnActorComeBackFromEitherSideWithTheirSentence() {
        try (Store store = Store.openReadOnly(dir)) {
            List<EventHit> pak = store.events(new EventQuery(EventFilter.ALL.withActor("PAK"), Page.first(10)));
            assertEquals(List.of("d4", "d1", "d2"), pak.stream().map(h -> h.document().docId()).toList());
            assertEquals("Pakistan accused Afghanistan on 2024-10-03.", pak.get(1).event().sentence());
            List<EventHit> afg = store.events(new EventQuery(
                    new EventFilter(null, "afg", null, null, null, null, null), Page.first(10)));
            assertEquals(2, afg.size());
            assertEquals(0, store.events(new EventQuery(
                    new EventFilter(null, "PAK", null, null, null, null, null), Page.first(10))).size());
            assertEquals(3, store.countEvents(EventFilter.ALL.withActor("PAK")));
        }
    }

    @Test
    void sameEventInTwoArticlesIsOneClusterWithTwoSources() {
        try (Store store = Store.openReadOnly(dir)) {
            List<EventHit> accusations = store.events(new EventQuery(
                    new EventFilter(null, null, "accuse", null, null, null, null), Page.first(10)));
            assertEquals(2, accusations.size());
            for (EventHit hit : accusations) {
                assertEquals(2, hit.mentions());
                assertEquals(2, hit.articles());
                assertEquals(2, hit.sources());
            }
            EventHit aid = store.events(new EventQuery(
                    new EventFilter(null, null, "AID", null, null, null, null), Page.first(10))).get(0);
            assertEquals(1, aid.mentions());
        }
    }

    @Test
    void datesSourcePatternsAndPagesNarrowTheListing() {
        try (Store store = Store.openReadOnly(dir)) {
            EventFilter november = new EventFilter(null, null, null, null, LocalDate.of(2024, 11, 1),
                    LocalDate.of(2024, 11, 30), null);
            assertEquals(List.of("d4", "d3"), store.events(new EventQuery(november, Page.first(10))).stream()
                    .map(h -> h.document().docId()).toList());
            EventFilter south = new EventFilter(null, null, null, null, null, null, "south.example");
            assertEquals("d2", store.events(new EventQuery(south, Page.first(10))).get(0).document().docId());
            EventFilter glob = new EventFilter(null, null, null, null, null, null, "https://*.example/c");
            assertEquals(1, store.countEvents(glob));
            EventFilter quote = new EventFilter(null, null, null, null, null, null, "' OR 1=1 --");
            assertEquals(0, store.countEvents(quote));
            assertEquals("d1", store.events(new EventQuery(EventFilter.ALL, new Page(1, 2))).get(0).document().docId());
        }
    }

    @Test
    void storedRecordIsTheRecordThatWasWritten() {
        try (Store store = Store.openReadOnly(dir)) {
            StoredDocument doc = store.document("d3").orElseThrow();
            assertEquals("East Wire", doc.ref().publisher());
            assertTrue(doc.recordJson().startsWith("{\"version\":1,\"document\":{\"id\":\"d3\""), doc.recordJson());
            assertTrue(doc.recordJson().contains("\"type\":\"AID\""), doc.recordJson());
            assertTrue(store.document("nope").isEmpty());
        }
    }

    @Test
    void timelineSplitsCooperationFromConflictByMonth() {
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(List.of(new MonthCount(YearMonth.of(2024, 10), 0, 2),
                    new MonthCount(YearMonth.of(2024, 11), 1, 0)), store.timeline("PAK", EventFilter.ALL));
            assertEquals(List.of(new MonthCount(YearMonth.of(2024, 10), 0, 2),
                    new MonthCount(YearMonth.of(2024, 11), 2, 0)), store.timeline(null, EventFilter.ALL));
        }
    }

    @Test
    void networkLinksActorsToRecipientsAndPartiesOfAJointActOnce() {
        try (Store store = Store.openReadOnly(dir)) {
            List<Edge> edges = store.network(EventFilter.ALL, 10);
            assertEquals(new Edge("PAK", "AFG", 0, 2), edges.get(0));
            assertTrue(edges.contains(new Edge("CHN", "IRN", 1, 0)), edges.toString());
            assertTrue(edges.contains(new Edge("IRN", "PAK", 1, 0)), edges.toString());
            assertTrue(edges.contains(new Edge("IND", "NPL", 1, 0)), edges.toString());
            assertEquals(5, edges.size());
        }
    }

    @Test
    void actorsListCountsAndMostFrequentPartners() {
        try (Store store = Store.openReadOnly(dir)) {
            List<ActorSummary> actors = store.actors(EventFilter.ALL, 10);
            ActorSummary pak = actors.get(0);
            assertEquals("PAK", pak.code());
            assertEquals("Pakistan", pak.name());
            assertEquals(3, pak.events());
            assertEquals(new Count("AFG", 2), pak.partners().get(0));
            assertEquals(3, pak.partners().size());
            assertEquals(List.of("IND", "NPL"), store.actors(new EventFilter(null, null, "AID", null, null, null,
                    null), 10).stream().map(ActorSummary::code).toList());
        }
    }

    @Test
    void facetsAndStatsCountTypesMonthsPairsAndFailures() {
        try (Store store = Store.openReadOnly(dir)) {
            Facets facets = store.facets(EventFilter.ALL, 10);
            assertEquals(new Count("ACCUSE", 2), facets.types().get(0));
            assertEquals(List.of(new Count("2024-10", 2), new Count("2024-11", 2)), facets.months());
            assertEquals(new Count("PAK", 3), facets.actors().get(0));
            StoreStats stats = store.stats();
            assertEquals(4, stats.documents());
            assertEquals(4, stats.events());
            assertEquals(new Count("PAK -> AFG", 2), stats.byPair().get(0));
            assertEquals(List.of(new Count("binary", 1)), stats.failuresByKind());
            assertEquals("broken.html", stats.latestFailures().get(0).source());
            assertEquals(CLOCK.instant(), stats.latestFailures().get(0).time());
        }
    }

    @Test
    void searchFindsWordsPhrasesTitlesActorsAndDates() {
        try (Store store = Store.openReadOnly(dir)) {
            SearchPage drought = store.search(SearchQuery.of("drought", 10));
            assertEquals(2, drought.total());
            assertTrue(drought.hits().get(0).snippetHtml().contains("<b>drought</b>"), drought.toString());
            assertEquals(1, store.search(SearchQuery.of("\"music festival\"", 10)).total());
            assertEquals(0, store.search(SearchQuery.of("\"festival music\"", 10)).total());
            assertEquals("d3", store.search(SearchQuery.of("title:Nepal", 10)).hits().get(0).docId());
            assertEquals(3, store.search(SearchQuery.of("actor:PAK", 10)).total());
            SearchQuery october = new SearchQuery("actor:PAK", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31),
                    Page.first(10));
            assertEquals(2, store.search(october).total());
        }
    }

    @Test
    void badQuerySyntaxIsOneClearError() {
        try (Store store = Store.openReadOnly(dir)) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                    () -> store.search(SearchQuery.of("title:(unclosed", 10)));
            assertTrue(e.getMessage().startsWith("cannot read the search query 'title:(unclosed'"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void missingStoreIsNamed() {
        StoreException e = assertThrows(StoreException.class, () -> Store.openReadOnly(dir.resolve("none")));
        assertTrue(e.getMessage().contains("no store at"), e.getMessage());
    }

    @Test
    void failureOfAnUnreadableInputHasNoDocId() {
        try (Store store = Store.openReadOnly(dir)) {
            assertNull(store.stats().latestFailures().get(0).docId());
        }
    }
}
