package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.export.RecordJson;
import org.sitrep.export.TableRows;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.InputFiles;
import org.sitrep.ingest.RawDocument;
import org.sitrep.ingest.WarcReader;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Stage;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Ingest;
import org.sitrep.store.IngestCounts;
import org.sitrep.store.Page;
import org.sitrep.store.SparkOutput;
import org.sitrep.store.Store;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;

/**
 * The job in Spark local mode ({@code local[2]}) against the local pipeline ({@code sitrep ingest}'s path): the
 * same pages, packed into a WARC file, give the same rows record for record, and the job's output loaded into a
 * store answers as the store the local ingest filled; bad records land in the errors table and the rest goes
 * through.
 * CoreNLP loads once for the whole class: local mode runs the tasks in this JVM, where both runners share
 * {@link ExecutorModels}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobIT {

    /** The first pages of the benchmark's index (20 sites; -Dsitrep.spark.pages=181 for all): a few minutes at most. */
    private static final int PAGES = Integer.getInteger("sitrep.spark.pages", 20);

    @TempDir
    Path dir;

    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        assumeTrue(Files.isDirectory(BenchmarkPages.folder()),
                "the article-extraction benchmark is missing at " + BenchmarkPages.folder() + "; skipping the Spark job tests");
        spark = SitrepJob.session(new SparkConf(), "local[2]");
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkRowsAndTheLoadedStoreEqualTheLocalIngestsForTheBenchmarkPages() throws IOException {
        Path warc = dir.resolve("pages.warc.gz");
        BenchmarkPages.writeWarc(warc, BenchmarkPages.first(PAGES));
        Path out = dir.resolve("pages-out");

        JobReport report = new SparkRunner(spark).run(JobArguments.parse("--input", warc.toString(),
                "--output", out.toString()));

        // The local side is sitrep ingest's path (WARC reader, then the store's Ingest), run once: the analyses
        // it makes on the way give the rows the job's tables are compared with, and its store the answers.
        List<Analysis> analyses = new ArrayList<>();
        List<DocumentException> localErrors = new ArrayList<>();
        List<RawDocument> pages = new ArrayList<>();
        Stage<Extraction, Analysis> analyzer = ExecutorModels.analyzer();
        Path ingested = dir.resolve("ingested-store");
        fill(ingested, x -> {
            Analysis a = analyzer.apply(x);
            analyses.add(a);
            return a;
        }, localErrors, ingest -> {
            try (InputStream in = Files.newInputStream(warc)) {
                new WarcReader(InputFiles.DEFAULT_MAX_BYTES).read(hadoopName(warc), in, raw -> {
                    pages.add(raw);
                    ingest.add(raw);
                }, ingest::failed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<TableRows> local = analyses.stream().map(TableRows::of).toList();
        assertEquals(PAGES, pages.size() , "the WARC holds one record per page");
        assertEquals(local.size(), report.count("documents"));
        assertEquals(sorted(local.stream().map(t -> t.document().values()).toList()), read(out, "documents"));
        assertEquals(sorted(flat(local, t -> t.actors().stream().map(r -> r.values()).toList())), read(out, "actors"));
        List<List<Object>> events = sorted(flat(local, t -> t.events().stream().map(r -> r.values()).toList()));
        assertFalse(events.isEmpty(), "the benchmark pages hold events");
        assertEquals(events, read(out, "events"));
        assertEquals(sorted(flat(local, t -> t.mentions().stream().map(r -> r.values()).toList())), read(out, "mentions"));
        assertEquals(sorted(flat(local, t -> t.quotes().stream().map(r -> r.values()).toList())), read(out, "quotes"));
        assertEquals(sorted(localErrors.stream().map(e -> List.<Object>of(e.source(), e.problem().kind(),
                e.problem().message())).toList()), read(out, "errors"));
        RecordJson json = new RecordJson();
        assertEquals(sorted(analyses.stream().map(a -> List.<Object>of(a.document().id(), json.line(a))).toList()),
                read(out, "records"));
        assertEquals(new HashSet<>(analyses), read(out, "records").stream().map(r -> json.read((String) r.get(1)))
                .collect(Collectors.toSet()), "the records read back as the analyses written");
        assertStoresAgree(out, ingested);
    }

    @Test
    void badRecordsLandInTheErrorsTableAndTheRestGoesThrough() throws IOException {
        Path in = Files.createDirectories(dir.resolve("mixed"));
        Path warc = in.resolve("crawl.warc.gz");
        writeCutArchive(warc);
        Files.writeString(in.resolve("notes.jsonl"), String.join("\n",
                "{\"id\": \"note-1\", \"text\": \"" + Fixtures.MEETING + "\", \"published\": \"2024-03-04\"}",
                "{\"text\": 5}",
                "this line is not JSON"), StandardCharsets.UTF_8);
        Files.write(in.resolve("empty.html"), new byte[0]);
        Path out = dir.resolve("mixed-out");

        JobReport report = new SparkRunner(spark).run(JobArguments.parse("--input", in.toString(),
                "--output", out.toString()));

        List<String> documents = read(out, "documents").stream().map(r -> (String) r.get(1)).toList();
        List<List<Object>> errors = read(out, "errors");
        assertEquals(2, report.count("documents"), "documents: " + documents + ", errors: " + errors);
        assertTrue(documents.contains(Fixtures.MEETING_URL), "the WARC's good page: " + documents);
        assertTrue(documents.stream().anyMatch(s -> s.endsWith("notes.jsonl:1")), "the good JSON line: " + documents);
        assertTrue(hasError(errors, Fixtures.IMAGE_URL, "binary"), "the image record: " + errors);
        assertTrue(hasError(errors, "notes.jsonl:2", "bad-json"), "the JSON line without text: " + errors);
        assertTrue(hasError(errors, "notes.jsonl:3", "bad-json"), "the line that is not JSON: " + errors);
        assertTrue(hasError(errors, "empty.html", "empty"), "the empty page: " + errors);
        assertTrue(errors.stream().anyMatch(e -> String.valueOf(e.get(0)).contains("crawl.warc.gz")
                        || String.valueOf(e.get(0)).equals(Fixtures.CUT_URL)), "the record cut short: " + errors);
        assertFalse(documents.contains(Fixtures.CUT_URL), "a record cut short is not a document: " + documents);
    }

    /**
     * The job's output loaded into a store ({@link SparkOutput}, as {@code sitrep ingest OUTPUT} does) answers as
     * the store that the local ingest filled from the same archive; loading it again adds nothing.
     */
    private void assertStoresAgree(Path out, Path ingested) {
        Path loaded = dir.resolve("loaded-store");
        Stage<Extraction, Analysis> never = x -> {
            throw new AssertionError("a loaded record is never analysed again: " + x.document().source());
        };
        List<DocumentException> failures = new ArrayList<>();
        IngestCounts counts = fill(loaded, never, failures, i -> new SparkOutput(out).read(i::add, i::failed));
        assertTrue(counts.events() > 0, "the loaded store holds events: " + counts);
        try (Store a = Store.openReadOnly(loaded); Store b = Store.openReadOnly(ingested)) {
            EventQuery all = new EventQuery(EventFilter.ALL, Page.first(Page.MAX_LIMIT));
            assertEquals(b.events(all), a.events(all));
            String actor = b.actors(EventFilter.ALL, 1).get(0).code();
            EventQuery ofActor = new EventQuery(EventFilter.ALL.withActor(actor), Page.first(Page.MAX_LIMIT));
            assertEquals(b.events(ofActor), a.events(ofActor), "events --actor " + actor);
            assertEquals(b.stats().failuresByKind(), a.stats().failuresByKind());
        }
        IngestCounts again = fill(loaded, never, failures, i -> new SparkOutput(out).read(i::add, i::failed));
        assertEquals(0, again.stored(), "a second load adds nothing: " + again);
        assertEquals(counts.stored(), again.duplicates());
    }

    private static IngestCounts fill(Path store, Stage<Extraction, Analysis> analyzer,
                                     List<DocumentException> failures, Consumer<Ingest> inputs) {
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(store), 8, Clock.systemUTC())) {
            Ingest ingest = new Ingest(writer, new ArticleExtractor(), analyzer, failures::add);
            inputs.accept(ingest);
            ingest.flush();
            return ingest.counts();
        }
    }

    /** A good page, an image given as a page, and a last record cut off in the middle of its gzip member. */
    private static void writeCutArchive(Path warc) throws IOException {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(BenchmarkPages.response(URI.create(Fixtures.MEETING_URL), MediaType.parse("text/html"),
                    Fixtures.meetingPage().getBytes(StandardCharsets.UTF_8)));
            writer.write(BenchmarkPages.response(URI.create(Fixtures.IMAGE_URL), MediaType.parse("text/html"),
                    Fixtures.png()));
        }
        long whole = Files.size(warc);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.APPEND),
                WarcCompression.GZIP)) {
            writer.write(BenchmarkPages.response(URI.create(Fixtures.CUT_URL), MediaType.parse("text/html"),
                    Fixtures.meetingPage().replace("Geneva", "Vienna").getBytes(StandardCharsets.UTF_8)));
        }
        byte[] bytes = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(bytes, (int) (whole + (bytes.length - whole) / 2)));
    }

    private static boolean hasError(List<List<Object>> errors, String sourceEnd, String kind) {
        return errors.stream().anyMatch(e -> String.valueOf(e.get(0)).endsWith(sourceEnd) && kind.equals(e.get(1)));
    }

    /** The name Hadoop gives a local file ({@code file:/tmp/...}), which the job passes to the WARC reader. */
    private static String hadoopName(Path file) {
        return new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri()).toString();
    }

    private List<List<Object>> read(Path out, String table) {
        List<Row> rows = spark.read().parquet(out.resolve(table).toString()).collectAsList();
        return sorted(rows.stream().map(SparkJobIT::values).toList());
    }

    /** A Parquet row as the local rows hold their values: lists as lists (days are already {@link java.time.LocalDate}s). */
    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            Object value = row.get(i);
            if (value instanceof scala.collection.Seq<?>) {
                value = new ArrayList<>(row.getList(i));
            }
            values.add(value);
        }
        return values;
    }

    private static List<List<Object>> flat(List<TableRows> tables, Function<TableRows, List<List<Object>>> rows) {
        return tables.stream().flatMap(t -> rows.apply(t).stream()).toList();
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        return rows.stream().sorted(Comparator.comparing(List::toString)).toList();
    }
}
