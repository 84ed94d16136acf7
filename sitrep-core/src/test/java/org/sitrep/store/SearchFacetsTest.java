package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facets counted over the hits of a search, and the type and month fields that narrow it. */
class SearchFacetsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(dir), 2, CLOCK)) {
            Articles.addThreeReports(writer);
            Articles.add(writer, Articles.meeting("d4", "2024-11-20", List.of("CHN", "IRN", "PAK"), Articles.DROUGHT));
        }
    }

    @Test
    void facetsCountTheDocumentsTheQueryFinds() {
        // "drought" is in d2 (PAK accuses AFG, October) and d4 (CHN, IRN, PAK consult, November).
        try (Store store = Store.openReadOnly(dir)) {
            SearchFacets facets = store.searchFacets(SearchQuery.of("drought", 1), 10);
            assertEquals(2, facets.total());
            assertEquals(List.of(new Count("PAK", 2), new Count("AFG", 1), new Count("CHN", 1), new Count("IRN", 1)),
                    facets.actors());
            assertEquals(List.of(new Count("ACCUSE", 1), new Count("CONSULT", 1)), facets.types());
            assertEquals(List.of(new Count("2024-10", 1), new Count("2024-11", 1)), facets.months());
        }
    }

    @Test
    void facetsOfEveryDocumentAddUpOverTheCorpus() {
        try (Store store = Store.openReadOnly(dir)) {
            SearchFacets all = store.searchFacets(SearchQuery.of("*:*", 1), 2);
            assertEquals(4, all.total());
            assertEquals(List.of(new Count("PAK", 3), new Count("AFG", 2)), all.actors());
            assertEquals(List.of(new Count("ACCUSE", 2), new Count("AID", 1)), all.types());
            assertEquals(List.of(new Count("2024-10", 2), new Count("2024-11", 2)), all.months());
            assertThrows(IllegalArgumentException.class, () -> store.searchFacets(SearchQuery.of("*:*", 1), 0));
        }
    }

    @Test
    void typeAndMonthClausesNarrowTheHits() {
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(Set.of("d1", "d2"), ids(store, "type:ACCUSE"));
            assertEquals(Set.of("d4"), ids(store, "drought +type:CONSULT"));
            assertEquals(Set.of("d3", "d4"), ids(store, "month:2024-11"));
            assertEquals(Set.of("d2"), ids(store, "+actor:PAK +month:2024-10 +drought"));
            SearchFacets narrowed = store.searchFacets(SearchQuery.of("+actor:PAK +type:ACCUSE", 1), 10);
            assertEquals(List.of(new Count("2024-10", 2)), narrowed.months());
        }
    }

    @Test
    void anIndexWrittenBeforeTheFacetFieldsIsRebuiltByTheNextWriter() throws Exception {
        // Rewrite every entry as an older sitrep did: no type, month or facet fields, no schema in the commit.
        try (FSDirectory directory = FSDirectory.open(new StoreDirectory(dir).index());
             IndexWriter old = new IndexWriter(directory, new IndexWriterConfig(TextIndex.analyzer()))) {
            for (String id : List.of("d1", "d2", "d3", "d4")) {
                Document entry = new Document();
                entry.add(new StringField(TextIndex.ID, id, Field.Store.YES));
                entry.add(new TextField(TextIndex.TEXT, "old entry", Field.Store.YES));
                entry.add(new TextField(TextIndex.SOURCE, id, Field.Store.YES));
                old.updateDocument(new Term(TextIndex.ID, id), entry);
            }
            old.setLiveCommitData(Map.<String, String>of().entrySet());
            old.commit();
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(Set.of(), ids(store, "type:ACCUSE"));
        }
        StoreWriter.open(new StoreDirectory(dir), 2, CLOCK).close();
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(Set.of("d1", "d2"), ids(store, "type:ACCUSE"));
            assertEquals(4, store.searchFacets(SearchQuery.of("*:*", 1), 10).months().stream()
                    .mapToLong(Count::count).sum());
        }
    }

    private static Set<String> ids(Store store, String query) {
        return Set.copyOf(store.search(SearchQuery.of(query, 10)).hits().stream().map(SearchHit::docId).toList());
    }
}
