package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The reading side of the Lucene index: parses a query (words match title or text, all of them by default),
 * keeps the hits within the dates asked for, and cuts snippets with the matched words in bold. Holds
 * searchers that it refreshes when the writer has committed; thread-safe.
 */
final class TextSearch implements AutoCloseable {

    private static final int PASSAGES = 2;

    private final Path path;
    private final Analyzer analyzer = TextIndex.analyzer();
    private FSDirectory directory;
    private SearcherManager searchers;

    TextSearch(Path path) {
        this.path = path;
    }

    /** The hits of one query, or an empty page when nothing was indexed yet. */
    SearchPage search(SearchQuery query) {
        Query parsed = parse(query);
        try {
            SearcherManager searchers = searchers();
            if (searchers == null) {
                return new SearchPage(0, List.of());
            }
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, parsed, query.page());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index " + path, e);
        }
    }

    /**
     * How every document the query matches spreads over actors, types (both at most {@code limit}, most
     * frequent first) and months (all, in order); the query's page is ignored.
     */
    SearchFacets facets(SearchQuery query, int limit) {
        Query parsed = parse(query);
        try {
            SearcherManager searchers = searchers();
            if (searchers == null) {
                return new SearchFacets(0, List.of(), List.of(), List.of());
            }
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                FacetCounter counter = new FacetCounter(
                        List.of(TextIndex.FACET_ACTOR, TextIndex.FACET_TYPE, TextIndex.FACET_MONTH));
                searcher.search(parsed, counter);
                return new SearchFacets(counter.hits(), counter.top(TextIndex.FACET_ACTOR, limit),
                        counter.top(TextIndex.FACET_TYPE, limit), counter.ordered(TextIndex.FACET_MONTH));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the facets of the index " + path, e);
        }
    }

    private SearchPage search(IndexSearcher searcher, Query parsed, Page page) throws IOException {
        TopDocs top = searcher.search(parsed, page.offset() + page.limit());
        long total = searcher.count(parsed);
        ScoreDoc[] slice = Arrays.copyOfRange(top.scoreDocs, Math.min(page.offset(), top.scoreDocs.length),
                top.scoreDocs.length);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true)).build();
        String[] snippets = highlighter.highlight(TextIndex.TEXT, parsed, new TopDocs(top.totalHits, slice), PASSAGES);
        return new SearchPage(total, hits(searcher.storedFields(), slice, snippets));
    }

    private List<SearchHit> hits(StoredFields fields, ScoreDoc[] slice, String[] snippets) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < slice.length; i++) {
            org.apache.lucene.document.Document d = fields.document(slice[i].doc);
            hits.add(new SearchHit(d.get(TextIndex.ID), d.get(TextIndex.TITLE), d.get(TextIndex.PUBLISHED),
                    d.get(TextIndex.SOURCE), d.get(TextIndex.PUBLISHER), snippets[i] == null ? "" : snippets[i].strip(),
                    slice[i].score));
        }
        return hits;
    }

    private Query parse(SearchQuery query) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TextIndex.TEXT, TextIndex.TITLE},
                analyzer, Map.of(TextIndex.TITLE, 2f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query words;
        try {
            words = parser.parse(query.text());
        } catch (ParseException | IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot read the search query '" + query.text() + "': "
                    + Database.firstLine(e) + " (see the Lucene query syntax: words, \"phrases\", title:, actor:,"
                    + " type:, month:, AND, OR, NOT)");
        }
        if (query.from() == null && query.to() == null) {
            return words;
        }
        long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
        long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
        return new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(TextIndex.DAY, from, to), BooleanClause.Occur.FILTER).build();
    }

    /** The searchers of the latest commit; null while there is no index yet. */
    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            if (!Files.isDirectory(path)) {
                return null;
            }
            FSDirectory opened = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(opened)) {
                opened.close();
                return null;
            }
            directory = opened;
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index " + path, e);
        }
    }
}
