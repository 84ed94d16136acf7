package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.export.RecordJson;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * Reads the output folder of the Spark job ({@code sitrep-spark}) back into analyses, so that a store can load
 * documents analysed on a cluster without analysing them again. The job writes each document's whole record
 * (the output contract's JSON) in its {@code records} table and each failed input in its {@code errors} table;
 * both are Parquet, read here with DuckDB's {@code read_parquet}. The five flat tables are not read: they
 * follow from the records.
 *
 * <p>Records are handed out in the order of their source, then id, so that loading the same output twice
 * decides near-duplicates the same way (and a folder of files in the order a local ingest walks it).
 *
 * <pre>{@code
 * if (SparkOutput.isJobOutput(dir)) new SparkOutput(dir).read(ingest::add, ingest::failed);
 * }</pre>
 *
 * Thread-safe: holds only the folder.
 */
public final class SparkOutput {

    /** The table of whole records, one {@code (doc_id, record)} row per analysed document. */
    public static final String RECORDS = "records";
    /** The table of failed inputs: {@code (source, kind, message)}. */
    public static final String ERRORS = "errors";

    private final Path dir;

    /** @param dir a folder the job wrote (see {@link #isJobOutput}) */
    public SparkOutput(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /**
     * True when the folder is the job's output: a table folder the job finished ({@code records/_SUCCESS} or,
     * from a job too old to write records, {@code documents/_SUCCESS}).
     */
    public static boolean isJobOutput(Path dir) {
        return Files.isDirectory(dir) && (Files.isRegularFile(dir.resolve(RECORDS).resolve("_SUCCESS"))
                || Files.isRegularFile(dir.resolve("documents").resolve("_SUCCESS")));
    }

    /**
     * Hands out each record as an analysis, then each failed input of the job as a {@link DocumentException}.
     * A record that cannot be read is one error naming it; the rest go on.
     *
     * @throws DocumentException when the folder holds no readable records table
     */
    public void read(Consumer<? super Analysis> analyses, Consumer<? super DocumentException> errors) {
        Objects.requireNonNull(analyses, "analyses");
        Objects.requireNonNull(errors, "errors");
        if (!Files.isDirectory(dir.resolve(RECORDS))) {
            throw new DocumentException(dir.toString(), new Problem("unreadable", "a Spark job output without its "
                    + "records table (written by an older sitrep-spark): run the job again to load it into a store"));
        }
        Path spill = spillFolder();
        try (Connection c = memory(spill); Statement s = c.createStatement()) {
            readRecords(s, analyses, errors);
            readErrors(s, errors);
        } catch (SQLException e) {
            throw new DocumentException(dir.toString(), new Problem("unreadable",
                    "cannot read the Spark job's tables: " + Database.firstLine(e)));
        } finally {
            deleteQuietly(spill);
        }
    }

    private void readRecords(Statement s, Consumer<? super Analysis> analyses,
                             Consumer<? super DocumentException> errors) throws SQLException {
        List<Path> files = parquetFiles(RECORDS);
        if (files.isEmpty()) {
            return;
        }
        RecordJson json = new RecordJson();
        // the source is read in SQL only to order by it; a record that is not JSON sorts first and fails alone
        try (ResultSet rs = s.executeQuery("SELECT doc_id, record, CASE WHEN json_valid(record) THEN "
                + "json_extract_string(record, '$.document.source') END AS source FROM read_parquet("
                + list(files) + ") ORDER BY source NULLS FIRST, doc_id")) {
            while (rs.next()) {
                record(rs.getString(1), rs.getString(2), json, analyses, errors);
            }
        }
    }

    private void readErrors(Statement s, Consumer<? super DocumentException> errors) throws SQLException {
        List<Path> files = parquetFiles(ERRORS);
        if (files.isEmpty()) {
            return;
        }
        try (ResultSet rs = s.executeQuery("SELECT source, kind, message FROM read_parquet(" + list(files)
                + ") ORDER BY source, kind, message")) {
            while (rs.next()) {
                String source = Objects.requireNonNullElse(rs.getString(1), dir.resolve(ERRORS).toString());
                String kind = rs.getString(2);
                errors.accept(new DocumentException(source, new Problem(kind == null || kind.isBlank() ? "unreadable"
                        : kind, Objects.requireNonNullElse(rs.getString(3), "the job gave no message"))));
            }
        }
    }

    private void record(String docId, String line, RecordJson json, Consumer<? super Analysis> analyses,
                        Consumer<? super DocumentException> errors) {
        Analysis analysis;
        try {
            analysis = json.read(Objects.requireNonNullElse(line, "null"));
            if (!analysis.document().id().equals(docId)) {
                throw new IllegalArgumentException("the record is of document " + analysis.document().id());
            }
        } catch (IllegalArgumentException e) {
            errors.accept(new DocumentException(dir.resolve(RECORDS) + " (doc_id " + docId + ")",
                    new Problem("bad-record", e.getMessage())));
            return;
        }
        analyses.accept(analysis);
    }

    /** The table's Parquet files, in name order; none when the folder is missing or empty. */
    private List<Path> parquetFiles(String table) {
        Path folder = dir.resolve(table);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DocumentException(folder.toString(), new Problem("unreadable", "cannot list the table's files: "
                    + e.getMessage()));
        }
    }

    /** The files as a DuckDB list of string literals: named one by one, so no character of a path is a glob. */
    private static String list(List<Path> files) {
        return files.stream().map(f -> "'" + f.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Where DuckDB spills the sort of a large records table, rather than a {@code .tmp} in the working folder. */
    private Path spillFolder() {
        try {
            return Files.createTempDirectory("sitrep-load-");
        } catch (IOException e) {
            throw new DocumentException(dir.toString(), new Problem("unreadable",
                    "cannot create a temporary folder to sort the records in: " + e.getMessage()));
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the load itself went through
        }
    }

    private static Connection memory(Path spill) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("temp_directory", spill.toString());
        properties.setProperty("memory_limit", Database.MEMORY_LIMIT);
        properties.setProperty("threads", Database.THREADS);
        return DriverManager.getConnection("jdbc:duckdb:", properties);
    }
}
