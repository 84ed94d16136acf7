package org.sitrep.spark;

import java.io.PrintStream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's entry point:
 * {@code spark-submit --class org.sitrep.spark.SitrepJob sitrep-spark.jar --input PATH --output PATH}.
 * With {@code --master local[N]} it also runs without spark-submit ({@code java -cp}), in this JVM.
 * Exit status: 0 when the tables were written (documents that failed are rows of the errors table),
 * 1 when the job could not run (missing input, output in the way), 2 for a wrong command line.
 */
public final class SitrepJob {

    private SitrepJob() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the job as {@link #main} does, printing to the given streams, and returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        JobArguments job;
        try {
            job = JobArguments.parse(args);
        } catch (JobArguments.UsageException e) {
            if (e.getMessage() == null) {
                out.println(JobArguments.USAGE);
                return 0;
            }
            err.println("sitrep-spark: " + e.getMessage());
            err.println(JobArguments.USAGE);
            return 2;
        }
        SparkConf conf = new SparkConf(); // holds spark-submit's settings, passed as system properties
        if (job.master() == null && !conf.contains("spark.master")) {
            err.println("sitrep-spark: no Spark master: run the job with spark-submit, or give --master local[N]");
            return 2;
        }
        SparkSession spark = session(conf, job.master());
        try {
            JobReport report = new SparkRunner(spark).run(job);
            out.println("sitrep-spark: wrote " + report.summary() + " under " + job.output());
            return 0;
        } catch (SparkRunner.JobException e) {
            err.println("sitrep-spark: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    /**
     * The session of a run, reading and writing days as {@link java.time.LocalDate}. A local master gets the
     * settings that keep it on this machine and quiet: the driver on the loopback address and no web UI.
     *
     * @param master the master to use, or null for the one in {@code conf}
     */
    static SparkSession session(SparkConf conf, String master) {
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.app.name", "sitrep");
        // Days as java.time.LocalDate, as the rows hold them: java.sql.Date would need the JDK's calendar
        // internals, which Java 17 keeps closed without Spark's --add-opens flags.
        conf.set("spark.sql.datetime.java8API.enabled", "true");
        boolean local = conf.get("spark.master").startsWith("local");
        if (local) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        if (local) {
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }
}
