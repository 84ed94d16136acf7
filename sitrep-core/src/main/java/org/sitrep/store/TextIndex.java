package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
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
import org.sitrep.export.ActorRow;
import org.sitrep.export.DocumentRow;

/**
 * The writing side of the Lucene index: one entry per stored document, holding its title, text, actor codes
 * and names, publisher, source and publication day. Entries are replaced by document id, so indexing a
 * document twice leaves one entry. Not thread-safe; one writer per store (the store lock sees to that).
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

    private final FSDirectory directory;
    private final IndexWriter writer;

    private TextIndex(FSDirectory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** The analyzer of every text field, when indexing and when parsing queries. */
    static Analyzer analyzer() {
        return new StandardAnalyzer();
    }

    /** Opens (or creates) the index and commits, so that readers find an index from the start. */
    static TextIndex open(Path path) {
        try {
            FSDirectory directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.commit();
            return new TextIndex(directory, writer);
        } catch (IOException e) {
            throw new StoreException("cannot open the text index " + path + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces the entry of one document. */
    void put(DocumentRow document, List<ActorRow> actors) {
        Document entry = new Document();
        entry.add(new StringField(ID, document.docId(), Field.Store.YES));
        if (document.title() != null) {
            entry.add(new TextField(TITLE, document.title(), Field.Store.YES));
        }
        entry.add(new TextField(TEXT, document.text(), Field.Store.YES));
        for (ActorRow actor : actors) {
            if (actor.code() != null) {
                entry.add(new TextField(ACTOR, actor.code(), Field.Store.NO));
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
