package org.sitrep.spark;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.export.Table;

/**
 * The Spark runner: the same pipeline as the local runner, spread over a cluster. It reads the input files
 * on the executors ({@link FileItems}), spreads their documents over the cluster, analyses each partition with
 * the executor's models ({@link PartitionAnalyzer}) and writes one Parquet folder per table under the output.
 * The analysis runs once: its rows are kept (memory, then disk) until all six tables are written.
 *
 * <pre>{@code
 * JobReport report = new SparkRunner(spark).run(JobArguments.parse("--input", "in/", "--output", "out/"));
 * }</pre>
 */
public final class SparkRunner {

    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

    private final SparkSession spark;

    public SparkRunner(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * Runs the job. Documents that fail are rows of the errors table, never a failure of the job.
     *
     * @throws JobException when an input matches no file or the output exists (without {@code overwrite})
     */
    public JobReport run(JobArguments job) {
        Objects.requireNonNull(job, "job");
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        hadoop.setBoolean(RECURSIVE, true);
        checkPaths(job, hadoop);
        int partitions = job.partitions() > 0 ? job.partitions() : 4 * context.defaultParallelism();
        JavaRDD<TableRow> rows = context.binaryFiles(String.join(",", job.inputs()))
                .flatMap(new FileItems(job.maxBytes()))
                .repartition(partitions)
                .mapPartitions(new PartitionAnalyzer())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> counts = new HashMap<>(rows.map(TableRow::table).countByValue());
            for (Table table : SparkTables.ALL) {
                write(rows, table, job);
            }
            return new JobReport(counts);
        } finally {
            rows.unpersist(false);
        }
    }

    private void write(JavaRDD<TableRow> rows, Table table, JobArguments job) {
        String name = table.name();
        JavaRDD<Row> ofTable = rows.filter(r -> r.table().equals(name)).map(TableRow::row);
        spark.createDataFrame(ofTable, SparkTables.schema(table)).write()
                .mode(job.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
                .parquet(new Path(job.output(), name).toString());
    }

    /** Finds missing inputs and an output in the way before any task runs, with messages naming them. */
    private static void checkPaths(JobArguments job, Configuration hadoop) {
        try {
            for (String input : job.inputs()) {
                Path path = new Path(input);
                FileStatus[] found = path.getFileSystem(hadoop).globStatus(path);
                if (found == null || found.length == 0) {
                    throw new JobException("no input at " + input);
                }
            }
            Path output = new Path(job.output());
            if (!job.overwrite() && output.getFileSystem(hadoop).exists(output)) {
                throw new JobException("the output " + job.output()
                        + " exists; give another path, or --overwrite to replace its tables");
            }
        } catch (IOException e) {
            throw new JobException("cannot check the paths: " + e.getMessage(), e);
        }
    }

    /** The job cannot start or finish; the message says why in terms of the user's arguments. */
    public static final class JobException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JobException(String message) {
            super(message);
        }

        JobException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
