package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.sitrep.pipeline.DocumentException;

class WarcReaderTest {

    private static final String PAGE_ONE = "<html><head><title>Talks in Doha</title></head><body><p>Envoys met in Doha.</p></body></html>";
    private static final String PAGE_TWO = "<html><body><p>Ministers argued over the river treaty.</p></body></html>";
    private static final String PAGE_THREE = "<html><body><p>The harbour reopened after the storm.</p></body></html>";

    private final List<RawDocument> documents = new ArrayList<>();
    private final List<DocumentException> errors = new ArrayList<>();

    private WarcReader.Tally read(String name, byte[] archive) {
        return new WarcReader(InputFiles.DEFAULT_MAX_BYTES)
                .read(name, new ByteArrayInputStream(archive), documents::add, errors::add);
    }

    private List<String> sources() {
        return documents.stream().map(RawDocument::source).toList();
    }

    private String text(int index) {
        return new String(documents.get(index).content(), StandardCharsets.UTF_8);
    }

    @Test
    void htmlResponsesBecomeDocumentsNamedAfterTheirTargetUri() {
        for (boolean gzip : new boolean[] {false, true}) {
            documents.clear();
            TestArchive archive = new TestArchive(gzip)
                    .request("https://news.example/doha")
                    .page("https://news.example/doha", PAGE_ONE)
                    .response("https://news.example/logo.png", 200, MediaType.parse("image/png"), new byte[] {1, 2, 3}, null)
                    .response("https://news.example/gone", 404, MediaType.HTML_UTF8, "<p>not here</p>".getBytes(StandardCharsets.UTF_8), null)
                    .page("https://news.example/river", PAGE_TWO);

            WarcReader.Tally tally = read(gzip ? "crawl.warc.gz" : "crawl.warc", archive.bytes());

            assertEquals(List.of(), errors);
            assertEquals(List.of("https://news.example/doha", "https://news.example/river"), sources());
            assertEquals(PAGE_ONE, text(0));
            assertEquals(new WarcReader.Tally(5, 2, 3, 0), tally);
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void gzipContentEncodingIsUndone() {
        read("crawl.warc.gz", new TestArchive(true).gzippedPage("https://news.example/river", PAGE_TWO).bytes());

        assertEquals(PAGE_TWO, text(0));
    }

    @Test
    void pagesComeWithRecordIdAndCaptureDate() {
        List<WarcReader.ArchivedPage> pages = new ArrayList<>();
        new WarcReader(1000).readPages("crawl.warc", new ByteArrayInputStream(
                new TestArchive(false).page("https://news.example/doha", PAGE_ONE).bytes()), pages::add, errors::add);

        assertEquals(1, pages.size());
        assertTrue(pages.get(0).recordId().startsWith("urn:uuid:"), pages.get(0).recordId());
        assertEquals("2024-10-03T08:00:00Z", pages.get(0).captured());
        assertEquals("crawl.warc#record 1", pages.get(0).record());
    }

    @Test
    void aCorruptGzipRecordIsReportedAndTheNextRecordsAreRead() {
        TestArchive archive = new TestArchive(true).page("https://news.example/doha", PAGE_ONE)
                .page("https://news.example/river", PAGE_TWO).page("https://news.example/harbour", PAGE_THREE);
        byte[] bytes = archive.bytes();
        int middle = (int) (archive.offset(1) + archive.offset(2)) / 2;
        for (int i = middle; i < middle + 8; i++) {
            bytes[i] ^= 0x5A;
        }

        WarcReader.Tally tally = read("crawl.warc.gz", bytes);

        assertEquals(List.of("https://news.example/doha", "https://news.example/harbour"), sources());
        assertEquals(1, errors.size());
        assertEquals("crawl.warc.gz#record 2", errors.get(0).source());
        assertTrue(errors.get(0).problem().message().startsWith("at byte " + archive.offset(1) + ": "),
                errors.get(0).problem().message());
        assertEquals(1, tally.failed());
    }

    @Test
    void aGzipRecordWithAnUnreadableRecordIdIsReportedAndTheNextRecordsAreRead() throws Exception {
        TestArchive plain = new TestArchive(false).page("https://news.example/doha", PAGE_ONE)
                .page("https://news.example/river", PAGE_TWO).page("https://news.example/harbour", PAGE_THREE);
        byte[] bytes = plain.bytes();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        for (int i = 0; i < 3; i++) {
            int end = i < 2 ? (int) plain.offset(i + 1) : bytes.length;
            String record = new String(bytes, (int) plain.offset(i), end - (int) plain.offset(i), StandardCharsets.ISO_8859_1);
            if (i == 1) {
                String id = plain.recordId(1, "https://news.example/river");
                assertTrue(record.contains("<" + id + ">"), record);
                record = record.replace("<" + id + ">", "<urn:uuid:not an id>");
            }
            try (GZIPOutputStream member = new GZIPOutputStream(archive)) {
                member.write(record.getBytes(StandardCharsets.ISO_8859_1));
            }
        }

        WarcReader.Tally tally = read("crawl.warc.gz", archive.toByteArray());

        assertEquals(List.of("https://news.example/doha", "https://news.example/harbour"), sources());
        assertEquals(1, errors.size());
        assertEquals("crawl.warc.gz#record 2", errors.get(0).source());
        assertEquals("corrupt-record", errors.get(0).problem().kind());
        assertEquals(new WarcReader.Tally(3, 2, 0, 1), tally);
    }

    @Test
    void anUncompressedRecordWithAnUnreadableRecordIdIsReported() {
        TestArchive plain = new TestArchive(false).page("https://news.example/doha", PAGE_ONE)
                .page("https://news.example/river", PAGE_TWO);
        String id = plain.recordId(1, "https://news.example/river");
        byte[] bytes = new String(plain.bytes(), StandardCharsets.ISO_8859_1).replace("<" + id + ">", "<bad id>")
                .getBytes(StandardCharsets.ISO_8859_1);

        read("crawl.warc", bytes);

        assertEquals(List.of("https://news.example/doha"), sources());
        assertEquals(1, errors.size());
        assertEquals("crawl.warc#record 2", errors.get(0).source());
    }

    @Test
    void aTruncatedGzipArchiveKeepsTheRecordsBeforeTheCut() {
        TestArchive archive = new TestArchive(true).page("https://news.example/doha", PAGE_ONE)
                .page("https://news.example/river", PAGE_TWO);
        byte[] bytes = archive.bytes();
        byte[] cut = Arrays.copyOf(bytes, (int) (archive.offset(1) + bytes.length) / 2);

        read("crawl.warc.gz", cut);

        assertEquals(List.of("https://news.example/doha"), sources());
        assertEquals(1, errors.size());
        assertEquals("crawl.warc.gz#record 2", errors.get(0).source());
        assertTrue(errors.get(0).problem().message().contains("truncated"), errors.get(0).problem().message());
    }

    @Test
    void aCorruptUncompressedRecordEndsTheArchiveWithOneError() {
        TestArchive archive = new TestArchive(false).page("https://news.example/doha", PAGE_ONE)
                .page("https://news.example/river", PAGE_TWO);
        byte[] bytes = archive.bytes();
        byte[] garbage = "GARBAGE!".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(garbage, 0, bytes, (int) archive.offset(1), garbage.length);

        read("crawl.warc", bytes);

        assertEquals(List.of("https://news.example/doha"), sources());
        assertEquals(1, errors.size());
        assertEquals("crawl.warc#record 2", errors.get(0).source());
    }

    @Test
    void aPayloadOverTheLimitIsRefusedAndTheNextIsRead() {
        String big = "<html><body><p>" + "word ".repeat(400) + "</p></body></html>";
        byte[] archive = new TestArchive(true).page("https://news.example/long", big)
                .page("https://news.example/river", PAGE_TWO).bytes();

        new WarcReader(1000).read("crawl.warc.gz", new ByteArrayInputStream(archive), documents::add, errors::add);

        assertEquals(List.of("https://news.example/river"), sources());
        assertEquals("too-large", errors.get(0).problem().kind());
        assertEquals("crawl.warc.gz#record 1", errors.get(0).source());
    }

    @Test
    void anEmptyStreamIsOneError() {
        WarcReader.Tally tally = read("empty.warc", new byte[0]);

        assertEquals(new WarcReader.Tally(0, 0, 0, 1), tally);
        assertEquals(1, errors.size());
        assertEquals("empty", errors.get(0).problem().kind());
    }

    @Test
    void aLimitOutsideTheAllowedRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WarcReader(0));
    }
}
