package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.InputFiles;

class JobArgumentsTest {

    @Test
    void readsPathsAndOptions() {
        JobArguments job = JobArguments.parse("--input", "s3a://news/2024/*.warc.gz,hdfs:/feeds", "--input", "more.jsonl",
                "--output", "out", "--master", "local[2]", "--partitions", "16", "--max-bytes", "2MiB", "--overwrite");

        assertEquals(List.of("s3a://news/2024/*.warc.gz", "hdfs:/feeds", "more.jsonl"), job.inputs());
        assertEquals("out", job.output());
        assertEquals("local[2]", job.master());
        assertEquals(16, job.partitions());
        assertEquals(2L * 1024 * 1024, job.maxBytes());
        assertTrue(job.overwrite());
        assertTrue(job.localMaster());
    }

    @Test
    void defaultsLeaveTheMasterToSparkSubmit() {
        JobArguments job = JobArguments.parse("--input", "in", "--output", "out");

        assertNull(job.master());
        assertFalse(job.localMaster());
        assertEquals(0, job.partitions());
        assertEquals(InputFiles.DEFAULT_MAX_BYTES, job.maxBytes());
        assertFalse(job.overwrite());
    }

    @Test
    void missingPathsAreNamed() {
        assertEquals("--input PATH is required", usageError("--output", "out"));
        assertEquals("--output PATH is required", usageError("--input", "in"));
        assertEquals("--output needs a value", usageError("--input", "in", "--output"));
        assertEquals("--input needs a value", usageError("--input", "--output", "out"));
    }

    @Test
    void wrongOptionsAreNamed() {
        assertEquals("unknown option '--inptu'", usageError("--inptu", "in", "--output", "out"));
        assertTrue(usageError("in", "out").startsWith("unexpected argument 'in'"));
        assertEquals("--partitions must be a whole number of 1 or more, got '0'",
                usageError("--input", "in", "--output", "out", "--partitions", "0"));
        assertTrue(usageError("--input", "in", "--output", "out", "--max-bytes", "lots").startsWith("--max-bytes: not a size"));
        assertEquals("--output is given twice ('a' and 'b')", usageError("--input", "in", "--output", "a", "--output", "b"));
        assertEquals("--master 'local[two]' is not local, local[N] or local[*]",
                usageError("--input", "in", "--output", "out", "--master", "local[two]"));
    }

    @Test
    void helpIsAUsageExceptionWithoutMessage() {
        assertNull(assertThrows(JobArguments.UsageException.class, () -> JobArguments.parse("--help")).getMessage());
    }

    @Test
    void clusterMastersAreNotLocal() {
        assertFalse(JobArguments.parse("--input", "i", "--output", "o", "--master", "spark://host:7077").localMaster());
        assertTrue(JobArguments.parse("--input", "i", "--output", "o", "--master", "local[*]").localMaster());
    }

    private static String usageError(String... args) {
        return assertThrows(JobArguments.UsageException.class, () -> JobArguments.parse(args)).getMessage();
    }
}
