package org.sitrep.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, over every document a query matches, the values of some doc-values fields. Counts per segment by
 * ordinal (an array increment per value) and turns ordinals into strings once per segment, so a search over
 * 100k documents costs one pass over the hits. One counter per search; not thread-safe.
 */
final class FacetCounter extends SimpleCollector {

    private final List<String> fields;
    private final List<Map<String, Long>> totals = new ArrayList<>();
    private SortedSetDocValues[] values;
    private long[][] counts;
    private long hits;

    FacetCounter(List<String> fields) {
        this.fields = List.copyOf(fields);
        fields.forEach(f -> totals.add(new HashMap<>()));
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        values = new SortedSetDocValues[fields.size()];
        counts = new long[fields.size()][];
        for (int i = 0; i < fields.size(); i++) {
            values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
            counts[i] = new long[Math.toIntExact(values[i].getValueCount())];
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        hits++;
        for (int i = 0; i < values.length; i++) {
            if (values[i].advanceExact(doc)) {
                for (int n = 0; n < values[i].docValueCount(); n++) {
                    counts[i][(int) values[i].nextOrd()]++;
                }
            }
        }
    }

    /** Adds the counts of the segment just read to the totals, by value. */
    private void flush() throws IOException {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            for (int ord = 0; ord < counts[i].length; ord++) {
                if (counts[i][ord] > 0) {
                    totals.get(i).merge(values[i].lookupOrd(ord).utf8ToString(), counts[i][ord], Long::sum);
                }
            }
        }
        values = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** How many documents matched. */
    long hits() {
        return hits;
    }

    /** The counts of one field, most frequent first (ties by value), at most {@code limit}. */
    List<Count> top(String field, int limit) throws IOException {
        flush();
        return totals.get(fields.indexOf(field)).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    /** Every count of one field, in value order. */
    List<Count> ordered(String field) throws IOException {
        flush();
        return totals.get(fields.indexOf(field)).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
