package org.sitrep.bench.speed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.InputFiles;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.DocumentException;

/**
 * Runs sitrep's extract path ({@link InputFiles} then {@link ArticleExtractor}, as {@code sitrep extract}
 * does) over one synthetic page of a given size, written to a temporary file and deleted afterwards. A
 * refusal with a message is an acceptable answer; running out of memory is not, and is reported as a failure.
 */
public final class LargePageCheck {

    private final long pageBytes;
    private final InputFiles inputs;

    /** A check of a page of {@code pageBytes} read by {@code inputs} (which holds the size limit). */
    public LargePageCheck(long pageBytes, InputFiles inputs) {
        if (pageBytes <= 0) {
            throw new IllegalArgumentException("page size must be positive, got " + pageBytes);
        }
        this.pageBytes = pageBytes;
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    /** A check with sitrep's default input limit, as {@code sitrep extract} reads files. */
    public LargePageCheck(long pageBytes) {
        this(pageBytes, new InputFiles());
    }

    /** Writes the page, runs the extract path over it and reports what happened. */
    public LargePageResult run() throws IOException {
        Path file = Files.createTempFile("sitrep-large-page", ".html");
        try {
            LargePage.write(file, pageBytes);
            return extract(file, Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private LargePageResult extract(Path file, long size) {
        HeapMeter heap = new HeapMeter();
        heap.reset();
        long start = System.nanoTime();
        try {
            RawDocument raw = inputs.read(file.toString());
            Extraction extraction = new ArticleExtractor().apply(raw);
            return new LargePageResult(LargePageResult.Outcome.PROCESSED, size, seconds(start), heap.peakBytes(),
                    extraction.document().text().length(), "");
        } catch (DocumentException e) {
            return new LargePageResult(LargePageResult.Outcome.REFUSED, size, seconds(start), heap.peakBytes(), 0,
                    e.getMessage());
        } catch (OutOfMemoryError | RuntimeException | StackOverflowError e) {
            // The point of the check is to report these, not to die of them; the heap is free again here.
            return new LargePageResult(LargePageResult.Outcome.FAILED, size, seconds(start), heap.peakBytes(), 0,
                    e.toString());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
