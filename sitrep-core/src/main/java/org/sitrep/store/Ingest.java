package org.sitrep.store;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sitrep.export.RecordJson;
import org.sitrep.export.TableRows;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.Stage;

/**
 * Runs inputs through the pipeline into a store. The content hash is checked before any analysis, so an
 * input already stored costs one hash; a document that fails any stage is logged with its reason and the
 * run goes on. A store that cannot be written stops the run ({@link StoreException}).
 *
 * <pre>{@code
 * try (StoreWriter writer = StoreWriter.open(dir, 32, Clock.systemUTC())) {
 *     Ingest ingest = new Ingest(writer, new ArticleExtractor(), Analyzer.bundled(), e -> log(e));
 *     for (RawDocument raw : inputs) ingest.add(raw);
 * }
 * }</pre>
 *
 * Records analysed elsewhere (the Spark job's, read with {@link SparkOutput}) go in with {@link #add(Analysis)}.
 *
 * Not thread-safe.
 */
public final class Ingest {

    private final StoreWriter writer;
    private final Stage<RawDocument, Extraction> extractor;
    private final Stage<Extraction, Analysis> analyzer;
    private final Consumer<? super DocumentException> failures;
    private final RecordJson json = new RecordJson();
    private IngestCounts counts = IngestCounts.NONE;
    private long storeNanos;

    /**
     * @param writer the store written to
     * @param extractor raw input to clean article
     * @param analyzer clean article to record (the expensive part; CoreNLP in production)
     * @param failures told of every input that failed, after it was logged (to name it to the user)
     */
    public Ingest(StoreWriter writer, Stage<RawDocument, Extraction> extractor, Stage<Extraction, Analysis> analyzer,
                  Consumer<? super DocumentException> failures) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    /** Stores one raw input (a file, a WARC record, a feed item) unless its content is stored already. */
    public IngestStatus add(RawDocument raw) {
        Objects.requireNonNull(raw, "raw");
        long start = System.nanoTime();
        String id = raw.sha256();
        boolean stored = writer.contains(id);
        storeNanos += System.nanoTime() - start;
        if (stored) {
            return duplicate(raw.source(), id);
        }
        return store(raw.source(), id, () -> analyzer.apply(extractor.apply(raw)));
    }

    /** Stores one document that arrived already clean (a JSON Lines item), unless its id is stored already. */
    public IngestStatus add(Extraction extraction) {
        Objects.requireNonNull(extraction, "extraction");
        String id = extraction.document().id();
        String source = extraction.document().source();
        if (writer.contains(id)) {
            return duplicate(source, id);
        }
        return store(source, id, () -> analyzer.apply(extraction));
    }

    /**
     * Stores one document analysed elsewhere (a record of the Spark job's output), unless its id is stored
     * already: the same checks, near-duplicate linking and log as an analysed input, without analysing again.
     */
    public IngestStatus add(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        String id = analysis.document().id();
        String source = analysis.document().source();
        if (writer.contains(id)) {
            return duplicate(source, id);
        }
        return store(source, id, () -> analysis);
    }

    /** Logs an input that could not even be read (missing, unreadable, too large, a corrupt archive record). */
    public void failed(DocumentException e) {
        long start = System.nanoTime();
        writer.failed(e.source(), null, e.problem());
        storeNanos += System.nanoTime() - start;
        counts = counts.plusFailed();
        failures.accept(e);
    }

    /** What this run did so far. */
    public IngestCounts counts() {
        return counts;
    }

    /** Writes the documents still waiting in the writer's batch. */
    public void flush() {
        long start = System.nanoTime();
        writer.flush();
        storeNanos += System.nanoTime() - start;
    }

    /**
     * The time spent in the store so far (hash checks, rows, batches, index), apart from extraction and
     * analysis: the store's overhead on the run.
     */
    public Duration storeTime() {
        return Duration.ofNanos(storeNanos);
    }

    private IngestStatus duplicate(String source, String id) {
        long start = System.nanoTime();
        writer.duplicate(source, id);
        storeNanos += System.nanoTime() - start;
        counts = counts.plusDuplicate();
        return IngestStatus.DUPLICATE;
    }

    private IngestStatus store(String source, String id, Supplier<Analysis> analysis) {
        TableRows rows;
        String record;
        try {
            Analysis a = analysis.get();
            rows = TableRows.of(a);
            record = json.line(a);
        } catch (DocumentException e) {
            return fail(source, id, e.problem());
        } catch (RuntimeException | StackOverflowError e) {
            return fail(source, id, new Problem("internal", "unexpected " + e.getClass().getSimpleName()
                    + " (please report it): " + e.getMessage()));
        } catch (OutOfMemoryError e) {
            return fail(source, id, new Problem("out-of-memory",
                    "the document needs more memory than the Java heap has; give Java more heap (-Xmx)"));
        }
        long start = System.nanoTime();
        String original = writer.add(rows, record, source);
        storeNanos += System.nanoTime() - start;
        counts = counts.plusStored(original != null, rows.events().size());
        return IngestStatus.OK;
    }

    private IngestStatus fail(String source, String id, Problem problem) {
        long start = System.nanoTime();
        writer.failed(source, id, problem);
        storeNanos += System.nanoTime() - start;
        counts = counts.plusFailed();
        failures.accept(new DocumentException(source, problem));
        return IngestStatus.FAILED;
    }
}
