package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.ingest.InputFiles;

class InputFileTest {

    private final InputFile files = new InputFile(1024);

    @Test
    void kindComesFromTheName() {
        assertEquals(InputFile.Kind.WARC, InputFile.kind("s3a://cc/CC-NEWS-20240101.warc.gz"));
        assertEquals(InputFile.Kind.WARC, InputFile.kind("crawl.WARC"));
        assertEquals(InputFile.Kind.JSON_LINES, InputFile.kind("gold.jsonl"));
        assertEquals(InputFile.Kind.JSON_LINES, InputFile.kind("feed.ndjson.gz"));
        assertEquals(InputFile.Kind.PAGE, InputFile.kind("article.html"));
        assertEquals(InputFile.Kind.PAGE, InputFile.kind("notes.md"));
    }

    @Test
    void aPageIsOneItemWithItsBytes() {
        List<InputItem> items = read("file:/in/a.html", "<p>Hello</p>".getBytes(StandardCharsets.UTF_8));

        InputItem.Page page = (InputItem.Page) items.get(0);
        assertEquals(1, items.size());
        assertEquals("file:/in/a.html", page.source());
        assertArrayEquals("<p>Hello</p>".getBytes(StandardCharsets.UTF_8), page.content());
    }

    @Test
    void aPageOverTheLimitIsRefusedByName() {
        List<InputItem> items = read("big.html", new byte[1025]);

        InputItem.Unreadable refused = (InputItem.Unreadable) items.get(0);
        assertEquals("big.html", refused.source());
        assertEquals("too-large", refused.kind());
        assertTrue(refused.message().contains("1.0 KiB"), refused.message());
    }

    @Test
    void jsonLinesGiveOneItemPerNonBlankLineNamedByItsNumber() throws IOException {
        byte[] text = "{\"text\": \"One.\"}\n\n{\"text\": \"Two.\"}\r\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(text);
        }

        for (List<InputItem> items : List.of(read("d.jsonl", text), read("d.jsonl.gz", zipped.toByteArray()))) {
            assertEquals(2, items.size());
            assertTrue(items.get(0).source().matches("d\\.jsonl(\\.gz)?:1"), items.get(0).source());
            assertTrue(items.get(1).source().matches("d\\.jsonl(\\.gz)?:3"), items.get(1).source());
            assertEquals("{\"text\": \"Two.\"}", ((InputItem.JsonLine) items.get(1)).line());
        }
    }

    @Test
    void aWarcGivesOnePagePerHtmlResponseRecord() throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(warc), WarcCompression.GZIP)) {
            writer.write(BenchmarkPages.response(URI.create(Fixtures.MEETING_URL), MediaType.parse("text/html"),
                    "<p>First</p>".getBytes(StandardCharsets.UTF_8)));
            writer.write(BenchmarkPages.response(URI.create(Fixtures.IMAGE_URL), MediaType.parse("image/png"),
                    Fixtures.png()));
            writer.write(BenchmarkPages.response(URI.create(Fixtures.CUT_URL), MediaType.parse("text/html"),
                    "<p>Second</p>".getBytes(StandardCharsets.UTF_8)));
        }

        List<InputItem> items = read("crawl.warc.gz", warc.toByteArray());

        assertEquals(List.of(Fixtures.MEETING_URL, Fixtures.CUT_URL), items.stream().map(InputItem::source).toList(),
                "the image is no page");
        assertArrayEquals("<p>First</p>".getBytes(StandardCharsets.UTF_8), ((InputItem.Page) items.get(0)).content());
    }

    @Test
    void aLimitOutsideOneArrayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InputFile(0));
        assertThrows(IllegalArgumentException.class, () -> new InputFile(InputFiles.MAX_LIMIT + 1));
    }

    private List<InputItem> read(String path, byte[] bytes) {
        List<InputItem> items = new ArrayList<>();
        files.read(path, new ByteArrayInputStream(bytes), items::add);
        return items;
    }
}
