package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * Reads web archives ({@code .warc} and {@code .warc.gz}, WARC 1.0 and 1.1, with jwarc) into documents: each
 * successful (2xx) response record whose payload is HTML, XHTML or text becomes one {@link ArchivedPage},
 * named after the record's target URI, with the HTTP payload as content (decoded when the server sent it
 * gzip- or deflate-encoded). Requests, metadata, revisits, redirects and other payload types are skipped and
 * counted.
 *
 * <p>Bad input: a record that cannot be read becomes one {@link DocumentException} named
 * {@code ARCHIVE#record N}, with its byte offset and the problem. In a {@code .warc.gz}, where every record is a
 * gzip member of its own, reading goes on with the next member; a truncated archive ends with one error after
 * the records before the cut. In an uncompressed archive nothing marks where the next record starts, so a
 * corrupt record ends the archive (with one error saying so). Payloads over the size limit are refused
 * the way {@link InputFiles} refuses large files; memory holds one record at a time.
 *
 * <pre>{@code
 * WarcReader warc = new WarcReader(InputFiles.DEFAULT_MAX_BYTES);
 * WarcReader.Tally tally = warc.read("crawl.warc.gz", in, pages::add, errors::add);
 * }</pre>
 *
 * Thread-safe: holds only its limit; each call keeps its own state.
 */
public final class WarcReader {

    private static final Set<String> DOCUMENT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "text/markdown");

    private final long maxBytes;

    /** @param maxBytes payloads larger than this are refused, between 1 and {@link InputFiles#MAX_LIMIT} */
    public WarcReader(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > InputFiles.MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + InputFiles.MAX_LIMIT + ", got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * A page read from an archive.
     *
     * @param document the payload, named after the record's target URI
     * @param recordId the record's {@code WARC-Record-ID}
     * @param captured the record's {@code WARC-Date} as written (ISO 8601), or null
     * @param record where the record is: {@code ARCHIVE#record N}
     */
    public record ArchivedPage(RawDocument document, String recordId, String captured, String record) {
        public ArchivedPage {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(record, "record");
        }
    }

    /**
     * What one archive held.
     *
     * @param records records seen (pages, skipped and failed)
     * @param pages records handed out as documents
     * @param skipped records that hold no page (requests, metadata, images, redirects...)
     * @param failed errors reported
     */
    public record Tally(int records, int pages, int skipped, int failed) {
    }

    /** Reads an archive, handing each page's document to {@code documents}. Does not close {@code in}. */
    public Tally read(String archiveName, InputStream in, Consumer<? super RawDocument> documents,
                      Consumer<? super DocumentException> errors) {
        Objects.requireNonNull(documents, "documents");
        return readPages(archiveName, in, page -> documents.accept(page.document()), errors);
    }

    /** Reads an archive, handing each page with its record id and capture date to {@code pages}. */
    public Tally readPages(String archiveName, InputStream in, Consumer<? super ArchivedPage> pages,
                           Consumer<? super DocumentException> errors) {
        Reading reading = new Reading(Objects.requireNonNull(archiveName, "archiveName"),
                Objects.requireNonNull(pages, "pages"), Objects.requireNonNull(errors, "errors"));
        BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"));
        try {
            buffered.mark(2);
            int first = buffered.read();
            int second = buffered.read();
            buffered.reset();
            if (first == 0x1F && second == 0x8B) {
                readCompressed(buffered, reading);
            } else if (first >= 0) {
                readUncompressed(buffered, reading);
            } else {
                reading.failed++;
                errors.accept(new DocumentException(archiveName, new Problem("empty", "the archive is empty")));
            }
        } catch (IOException e) {
            reading.fail(-1, "unreadable", "cannot read the archive: " + message(e));
        }
        return reading.tally();
    }

    private void readCompressed(InputStream in, Reading reading) throws IOException {
        try (GzipMembers members = new GzipMembers(in)) {
            while (true) {
                int before = reading.records;
                try {
                    if (!members.next()) {
                        return;
                    }
                    InputStream member = members.member();
                    readRecords(member, reading, members.memberOffset());
                    member.transferTo(OutputStream.nullOutputStream());
                } catch (EOFException e) {
                    reading.records = Math.max(reading.records, before + 1);
                    reading.fail(members.memberOffset(), "corrupt-record", message(e));
                    return;
                } catch (IOException e) {
                    reading.records = Math.max(reading.records, before + 1);
                    reading.fail(members.memberOffset(), "corrupt-record", message(e) + "; going on with the next record");
                    members.skipToNextHeader();
                }
            }
        }
    }

    private void readUncompressed(InputStream in, Reading reading) {
        try {
            readRecords(in, reading, -1);
        } catch (IOException e) {
            reading.fail(-1, "corrupt-record", message(e) + "; the rest of this uncompressed archive is skipped");
        }
    }

    /**
     * Reads the records of an uncompressed stream (a whole archive, or one gzip member starting at
     * {@code memberOffset}). A record that cannot be framed throws, counted as the record being read.
     */
    private void readRecords(InputStream in, Reading reading, long memberOffset) throws IOException {
        org.netpreserve.jwarc.WarcReader records = new org.netpreserve.jwarc.WarcReader(in);
        while (true) {
            reading.records++; // the record being read: errors name it
            Optional<WarcRecord> record;
            try {
                record = records.next();
            } catch (RuntimeException e) {
                // a header jwarc's parser chokes on: the record cannot be framed, as with a parse error
                throw new IOException("cannot parse the record: " + message(e), e);
            }
            if (record.isEmpty()) {
                reading.records--;
                return;
            }
            page(record.get(), reading, memberOffset >= 0 ? memberOffset : record.get().position());
        }
    }

    /**
     * Hands out the record's page, or counts it as skipped; throws only when the archive stream itself fails.
     * Anything else the record's bytes cause becomes the record's error: bad input never escapes.
     */
    private void page(WarcRecord record, Reading reading, long offset) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            reading.skipped++;
            return;
        }
        ArchivedPage page;
        try {
            page = archivedPage(response, reading);
        } catch (EOFException | ZipException e) {
            throw e;
        } catch (DocumentException e) {
            reading.fail(offset, e.problem().kind(), target(response) + " " + e.problem().message());
            return;
        } catch (IOException | RuntimeException e) {
            // jwarc parses headers when asked: a corrupt record id, date or HTTP header surfaces here as any
            // runtime exception (URI syntax, number format...), and it is the record's fault, not a bug.
            reading.fail(offset, "corrupt-record", "cannot read the record of " + target(response) + ": " + message(e));
            return;
        }
        if (page == null) {
            reading.skipped++;
            return;
        }
        reading.pages.accept(page);
        reading.handedOut++;
    }

    /** The record's page, or null when it holds none (not a 2xx response, not a document type). */
    private ArchivedPage archivedPage(WarcResponse response, Reading reading) throws IOException {
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() / 100 != 2 || type == null
                || !DOCUMENT_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return null;
        }
        byte[] body = http.body().stream().readNBytes((int) maxBytes + 1);
        byte[] payload = ContentEncodings.decode(http.headers().all("Content-Encoding"), body, maxBytes);
        RawDocument document = new RawDocument(response.target(), payload);
        return new ArchivedPage(document, response.id().toString(),
                response.headers().first("WARC-Date").orElse(null), reading.recordName());
    }

    private static String target(WarcResponse response) {
        try {
            return response.target();
        } catch (RuntimeException e) {
            return "a record without a readable target";
        }
    }

    private static String message(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    /** The state of one call: counts, and where pages and errors go. */
    private static final class Reading {
        private final String archive;
        private final Consumer<? super ArchivedPage> pages;
        private final Consumer<? super DocumentException> errors;
        private int records;
        private int handedOut;
        private int skipped;
        private int failed;

        Reading(String archive, Consumer<? super ArchivedPage> pages, Consumer<? super DocumentException> errors) {
            this.archive = archive;
            this.pages = pages;
            this.errors = errors;
        }

        String recordName() {
            return archive + "#record " + records;
        }

        /** One error, named after the record being read. */
        void fail(long offset, String kind, String problem) {
            failed++;
            String at = offset < 0 ? "" : "at byte " + offset + ": ";
            errors.accept(new DocumentException(recordName(), new Problem(kind, at + problem)));
        }

        Tally tally() {
            return new Tally(records, handedOut, skipped, failed);
        }
    }
}
