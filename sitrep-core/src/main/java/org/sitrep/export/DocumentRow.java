package org.sitrep.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.Analysis;

/**
 * One row of the {@code documents} table: a document's metadata, clean text and problems.
 *
 * @param problems each problem as {@code kind: message}
 */
public record DocumentRow(String docId, String source, String format, String title, List<String> authors,
                          String published, LocalDate publishedDay, String publisher, List<String> tags,
                          String language, String text, List<String> problems) {

    /** The {@code documents} table. */
    public static final Table TABLE = new Table("documents", List.of(
            Column.text("doc_id"), Column.text("source"), Column.text("format"), Column.text("title"),
            Column.list("authors"), Column.text("published"), Column.date("published_day"),
            Column.text("publisher"), Column.list("tags"), Column.text("language"), Column.text("text"),
            Column.list("problems")));

    public DocumentRow {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        problems = List.copyOf(problems);
    }

    static DocumentRow of(Analysis analysis) {
        Document d = analysis.document();
        List<String> problems = analysis.problems().stream().map(p -> p.kind() + ": " + p.message()).toList();
        return new DocumentRow(d.id(), d.source(), d.format(), d.title(), d.authors(), d.published(),
                Days.firstDay(d.published()), d.publisher(), d.tags(), d.language(), d.text(), problems);
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    public List<Object> values() {
        return Arrays.asList(docId, source, format, title, authors, published, publishedDay, publisher, tags,
                language, text, problems);
    }
}
