package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * STAND-IN, to be deleted when the {@code readers} branch brings core's {@code org.sitrep.ingest.WarcReader}
 * (same planned signature): the pages of a WARC archive, one per response or resource record, named by
 * their target URI. A record that cannot be read, and an archive cut short, are reported and skipped.
 */
public final class WarcReader {

    private static final int MAX_BYTES = (int) InputFiles.DEFAULT_MAX_BYTES;

    /** Reads every record of the archive (WARC or WARC.gz, detected from the bytes). */
    public void read(String archiveName, InputStream in, Consumer<RawDocument> documents,
                     Consumer<DocumentException> errors) {
        Objects.requireNonNull(archiveName, "archiveName");
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(in)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                if (next.get() instanceof WarcResponse || next.get() instanceof WarcResource) {
                    page(archiveName, (WarcTargetRecord) next.get(), documents, errors);
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.accept(new DocumentException(archiveName, new Problem("unreadable",
                    "the archive breaks off or is not WARC: " + e.getMessage())));
        }
    }

    private static void page(String archiveName, WarcTargetRecord record, Consumer<RawDocument> documents,
                             Consumer<DocumentException> errors) throws IOException {
        String source = record.target() == null ? archiveName + "#" + record.id() : record.target();
        Optional<WarcPayload> payload = record.payload();
        if (payload.isEmpty()) {
            errors.accept(new DocumentException(source, new Problem("empty", "the record has no payload")));
            return;
        }
        try (InputStream body = payload.get().body().stream()) {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                errors.accept(new DocumentException(source, new Problem("too-large",
                        "record is over the limit of " + ByteSizes.describe(MAX_BYTES))));
                return;
            }
            documents.accept(new RawDocument(source, bytes));
        }
    }
}
