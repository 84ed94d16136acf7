package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.export.ActorRow;
import org.sitrep.export.DocumentRow;
import org.sitrep.export.EventRow;
import org.sitrep.export.MentionRow;
import org.sitrep.export.QuoteRow;
import org.sitrep.export.RecordJson;
import org.sitrep.export.Table;
import org.sitrep.export.TableRows;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.JsonLinesInput;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.LocalRunner;
import org.sitrep.pipeline.Stage;

/**
 * The core pipeline for one item, as {@code sitrep analyze} runs it: a page goes through
 * {@link ArticleExtractor} then the {@link Analyzer}, a JSON line through {@link JsonLinesInput} then the
 * analyser; the record is flattened with {@link TableRows#of}. Failures are handled by core's
 * {@link LocalRunner}, so a document that fails here fails as it would locally, and becomes one error row.
 * Thread-safe when the analyser is.
 */
final class DocumentAnalysis {

    private static final RecordJson JSON = new RecordJson();

    private final LocalRunner<InputItem, List<TableRow>> runner;

    DocumentAnalysis(Analyzer analyzer) {
        Objects.requireNonNull(analyzer, "analyzer");
        ArticleExtractor extractor = new ArticleExtractor();
        JsonLinesInput lines = new JsonLinesInput();
        Stage<InputItem, Analysis> stage = item -> {
            if (item instanceof InputItem.Page page) {
                return extractor.then(analyzer).apply(page.raw());
            }
            if (item instanceof InputItem.JsonLine line) {
                return analyzer.apply(lines.document(line.source(), line.line()));
            }
            throw ((InputItem.Unreadable) item).exception();
        };
        // flattening inside the runner's stage: a record that cannot be flattened is that document's error row
        this.runner = new LocalRunner<>(stage.then(DocumentAnalysis::tableRows));
    }

    /** The rows of every table for one item: its records, or one error row. */
    List<TableRow> rows(InputItem item) {
        Objects.requireNonNull(item, "item");
        List<TableRow> rows = new ArrayList<>();
        runner.run(List.of(item), rows::addAll, e -> rows.add(error(e)));
        return rows;
    }

    /**
     * A document's rows, made all at once so that a failure half-way leaves none of them behind: the five
     * tables' rows and the whole record, which {@code sitrep ingest} loads into a store without analysing again.
     */
    private static List<TableRow> tableRows(Analysis analysis) {
        TableRows tables = TableRows.of(analysis);
        List<TableRow> added = new ArrayList<>();
        added.add(row(SparkTables.RECORDS, List.of(tables.document().docId(), JSON.line(analysis))));
        added.add(row(DocumentRow.TABLE, tables.document().values()));
        tables.actors().forEach(r -> added.add(row(ActorRow.TABLE, r.values())));
        tables.mentions().forEach(r -> added.add(row(MentionRow.TABLE, r.values())));
        tables.events().forEach(r -> added.add(row(EventRow.TABLE, r.values())));
        tables.quotes().forEach(r -> added.add(row(QuoteRow.TABLE, r.values())));
        return added;
    }

    private static TableRow row(Table table, List<Object> values) {
        return new TableRow(table.name(), SparkTables.row(table, values));
    }

    private static TableRow error(DocumentException e) {
        return new TableRow(SparkTables.ERRORS.name(), SparkTables.row(SparkTables.ERRORS,
                List.of(e.source(), e.problem().kind(), e.problem().message())));
    }
}
