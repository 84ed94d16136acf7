package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sitrep.ingest.ByteSizes;
import org.sitrep.ingest.InputFiles;

/**
 * The job's command line, checked: {@code --input PATH --output PATH} and the options below.
 *
 * @param inputs Hadoop paths or globs of the input files (folders are read recursively)
 * @param output the folder the tables are written under; must not exist unless {@code overwrite}
 * @param master a Spark master URL such as {@code local[2]}, or null to take spark-submit's
 * @param maxBytes pages, WARC records and JSON lines larger than this go to the errors table
 * @param partitions how many parts the documents are spread over for analysis, or 0 for four per core
 * @param overwrite replace the tables of an earlier run
 */
public record JobArguments(List<String> inputs, String output, String master, long maxBytes, int partitions,
                           boolean overwrite) {

    /** How to call the job, printed with every usage error. */
    public static final String USAGE = String.join("\n",
            "usage: spark-submit --class org.sitrep.spark.SitrepJob sitrep-spark.jar --input PATH --output PATH [options]",
            "  --input PATH       WARC/WARC.gz, JSON Lines (.jsonl, .ndjson) or page files, or folders of them; any",
            "                     Hadoop path or glob (file:, hdfs:, s3a:); repeat it or separate paths with commas",
            "  --output PATH      folder for the Parquet tables documents, actors, mentions, events, quotes, errors",
            "  --master URL       Spark master when run without spark-submit, e.g. local[2]",
            "  --partitions N     parts the documents are spread over for analysis (default: 4 per core)",
            "  --max-bytes SIZE   refuse larger pages, records and lines (default 16MiB)",
            "  --overwrite        replace the tables of an earlier run in --output",
            "  --help             print this and exit");

    private static final Pattern LOCAL_MASTER = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[0-9]+)?])?");

    public JobArguments {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input path is needed");
        }
        if (maxBytes < 1 || maxBytes > InputFiles.MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + InputFiles.MAX_LIMIT + ", got " + maxBytes);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (automatic) or more, got " + partitions);
        }
    }

    /** Whether the master runs everything in this JVM ({@code local}, {@code local[N]}, {@code local[*]}). */
    public boolean localMaster() {
        return master != null && LOCAL_MASTER.matcher(master).matches();
    }

    /**
     * Reads the command line.
     *
     * @throws UsageException naming the argument that is wrong, or with no message for {@code --help}
     */
    public static JobArguments parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String master = null;
        long maxBytes = InputFiles.DEFAULT_MAX_BYTES;
        int partitions = 0;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> throw new UsageException(null);
                case "--overwrite" -> overwrite = true;
                case "--input" -> inputs.addAll(paths(value(args, ++i, arg)));
                case "--output" -> output = once(output, value(args, ++i, arg), arg);
                case "--master" -> master = once(master, value(args, ++i, arg), arg);
                case "--partitions" -> partitions = positive(value(args, ++i, arg), arg);
                case "--max-bytes" -> maxBytes = size(value(args, ++i, arg));
                default -> throw new UsageException(arg.startsWith("-") ? "unknown option '" + arg + "'"
                        : "unexpected argument '" + arg + "' (paths are given with --input and --output)");
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("--input PATH is required");
        }
        if (output == null) {
            throw new UsageException("--output PATH is required");
        }
        if (master != null && master.startsWith("local") && !LOCAL_MASTER.matcher(master).matches()) {
            throw new UsageException("--master '" + master + "' is not local, local[N] or local[*]");
        }
        return new JobArguments(inputs, output, master, maxBytes, partitions, overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        if (args[i].isBlank()) {
            throw new UsageException(option + " must not be blank");
        }
        return args[i];
    }

    private static List<String> paths(String value) {
        return List.of(value.split(",")).stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String once(String previous, String value, String option) {
        if (previous != null) {
            throw new UsageException(option + " is given twice ('" + previous + "' and '" + value + "')");
        }
        return value;
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a whole number of 1 or more, got '" + value + "'");
    }

    private static long size(String value) {
        long bytes;
        try {
            bytes = ByteSizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--max-bytes: " + e.getMessage());
        }
        if (bytes < 1 || bytes > InputFiles.MAX_LIMIT) {
            throw new UsageException("--max-bytes must be between 1 byte and " + ByteSizes.describe(InputFiles.MAX_LIMIT)
                    + ", got '" + value + "'");
        }
        return bytes;
    }

    /** A command line the job cannot run; the message names the argument, or is null for {@code --help}. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
