package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.sitrep.export.ActorRow;
import org.sitrep.export.DocumentRow;

/**
 * The writing side of the Lucene index: one entry per stored document, holding its title, text, actor codes
 * and names, publisher, source, publication day and month, and the PLOVER types of its events. Actor codes,
 * types and months are also kept as doc values, so that a search can count them over its hits. Entries are
 * replaced by document id, so indexing a document twice leaves one entry. Every commit records
 * {@link #SCHEMA}; an index written before the facet fields lacks it and is re-indexed by the writer. Not
 * thread-safe; one writer per store (the store lock sees to that).
 */
final class TextIndex implements AutoCloseable {

    static final String ID = "doc_id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String ACTOR = "actor";
    static final String PUBLISHER = "publisher";
    static final String SOURCE = "source";
    static final String PUBLISHED = "published";
    static final String DAY = "day";
    static final String TYPE = "type";
    static final String MONTH = "month";
    static final String FACET_ACTOR = "facet_actor";
    static final String FACET_TYPE = "facet_type";
    static final String FACET_MONTH = "facet_month";
    /** The version of the fields above, kept in the commit data; raise it when entries gain a field. */
    static final String SCHEMA = "2";
    private static final String SCHEMA_KEY = "sitrep.schema";

    private final FSDirectory directory;
    private final IndexWriter writer;

    private TextIndex(FSDirectory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /**
     * The analyzer of every text field, when indexing and when parsing queries: words for text; types and
     * months are single exact terms ({@code type:ACCUSE}, {@code month:2024-09}), not split at the hyphen.
     */
    static Analyzer analyzer() {
        KeywordAnalyzer exact = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(TYPE, exact, MONTH, exact));
    }

    /** Opens (or creates) the index and commits, so that readers find an index from the start. */
    static TextIndex open(Path path) {
        try {
            FSDirectory directory = FSDirectory.open(path);
            boolean fresh = !DirectoryReader.indexExists(directory);
            IndexWriterConfig config = new IndexWriterConfig(analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            if (fresh) {
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            }
            writer.commit();
            return new TextIndex(directory, writer);
        } catch (IOException e) {
            throw new StoreException("cannot open the text index " + path + ": " + e.getMessage(), e);
        }
    }

    /** True when the last commit was written with the current fields ({@link #SCHEMA}). */
    boolean current() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(SCHEMA_KEY)) {
                    return e.getValue().equals(SCHEMA);
                }
            }
        }
        return false;
    }

    /** Marks the index as written with the current fields, from the next commit on. */
    void markCurrent() {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
    }

    /** Adds or replaces the entry of one document, with the PLOVER types of its events. */
    void put(DocumentRow document, List<ActorRow> actors, Collection<String> eventTypes) {
        Document entry = new Document();
        entry.add(new StringField(ID, document.docId(), Field.Store.YES));
        if (document.title() != null) {
            entry.add(new TextField(TITLE, document.title(), Field.Store.YES));
        }
        entry.add(new TextField(TEXT, document.text(), Field.Store.YES));
        for (ActorRow actor : actors) {
            if (actor.code() != null) {
                entry.add(new TextField(ACTOR, actor.code(), Field.Store.NO));
                entry.add(new SortedSetDocValuesField(FACET_ACTOR, new BytesRef(actor.code())));
            }
            entry.add(new TextField(ACTOR, actor.name(), Field.Store.NO));
        }
        if (document.publisher() != null) {
            entry.add(new TextField(PUBLISHER, document.publisher(), Field.Store.YES));
        }
        entry.add(new TextField(SOURCE, document.source(), Field.Store.YES));
        if (document.published() != null) {
            entry.add(new StoredField(PUBLISHED, document.published()));
        }
        if (document.publishedDay() != null) {
            entry.add(new LongPoint(DAY, document.publishedDay().toEpochDay()));
            String month = YearMonth.from(document.publishedDay()).toString();
            entry.add(new StringField(MONTH, month, Field.Store.NO));
            entry.add(new SortedSetDocValuesField(FACET_MONTH, new BytesRef(month)));
        }
        for (String type : new HashSet<>(eventTypes)) {
            if (type == null) {
                continue;
            }
            entry.add(new StringField(TYPE, type, Field.Store.NO));
            entry.add(new SortedSetDocValuesField(FACET_TYPE, new BytesRef(type)));
        }
        try {
            writer.updateDocument(new Term(ID, document.docId()), entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + document.source(), e);
        }
    }

    /** Removes the entry of one document, if any. */
    void delete(String docId) {
        try {
            writer.deleteDocuments(new Term(ID, docId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + docId + " from the index", e);
        }
    }

    /** The ids of every entry, uncommitted ones included. */
    Set<String> docIds() {
        Set<String> ids = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        ids.add(fields.document(i, Set.of(ID)).get(ID));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the index", e);
        }
        return ids;
    }

    /** Makes every change so far durable and visible to readers. */
    void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }
}
