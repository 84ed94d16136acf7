package org.sitrep.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The analysis step of the job, run by {@code mapPartitions}: each partition's items through the core pipeline
 * with the models of the executor's JVM ({@link ExecutorModels}). It holds no state, so Spark ships only this
 * small object to the executors; items are analysed one at a time as Spark pulls the rows.
 */
final class PartitionAnalyzer implements FlatMapFunction<Iterator<InputItem>, TableRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<TableRow> call(Iterator<InputItem> items) {
        if (!items.hasNext()) {
            return Collections.emptyIterator(); // no models needed for an empty part
        }
        DocumentAnalysis analysis = new DocumentAnalysis(ExecutorModels.analyzer());
        Spliterator<InputItem> each = Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED);
        return StreamSupport.stream(each, false).flatMap(item -> analysis.rows(item).stream()).iterator();
    }
}
