package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes small web archives with jwarc's own writer, remembering where each record starts. Record ids are
 * made from the URL and the record's place, not drawn at random, so an archive's bytes are the same on every
 * run and a test that corrupts them corrupts the same thing each time.
 */
final class TestArchive {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;
    private final List<Long> offsets = new ArrayList<>();
    private static final Instant CAPTURED = Instant.parse("2024-10-03T08:00:00Z");

    TestArchive(boolean gzip) {
        try {
            writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestArchive page(String url, String html) {
        return response(url, 200, MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8), null);
    }

    TestArchive gzippedPage(String url, String html) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response(url, 200, MediaType.HTML_UTF8, zipped.toByteArray(), "gzip");
    }

    TestArchive response(String url, int status, MediaType type, byte[] body, String encoding) {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other").body(type, body);
        if (encoding != null) {
            http.addHeader("Content-Encoding", encoding);
        }
        try {
            return write(new WarcResponse.Builder(URI.create(url)).recordId(id(url)).date(CAPTURED).body(http.build()).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestArchive request(String url) {
        try {
            HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getPath()).build();
            return write(new WarcRequest.Builder(URI.create(url)).recordId(id(url)).date(CAPTURED).body(http).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record id the next record gets: fixed by its URL and place in the archive. */
    private UUID id(String url) {
        return UUID.nameUUIDFromBytes((offsets.size() + " " + url).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of record {@code index} (from 0) as written in its header. */
    String recordId(int index, String url) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((index + " " + url).getBytes(StandardCharsets.UTF_8));
    }

    private TestArchive write(org.netpreserve.jwarc.WarcRecord record) {
        try {
            offsets.add(writer.position());
            writer.write(record);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where record {@code index} (from 0) starts. */
    long offset(int index) {
        return offsets.get(index);
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
