package org.sitrep.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.sitrep.ingest.ByteSizes;
import org.sitrep.ingest.InputFiles;
import org.sitrep.ingest.WarcReader;
import org.sitrep.pipeline.DocumentException;

/**
 * Turns one input file into the items the job analyses, by the file's name: a WARC archive
 * ({@code .warc}, {@code .warc.gz}) gives one page per record; JSON Lines ({@code .jsonl}, {@code .ndjson},
 * either gzipped) one item per non-blank line; any other file is one page (HTML, Markdown or text, told apart
 * by the extract stage from the content). What cannot be read becomes an {@link InputItem.Unreadable}.
 * Holds only its size limit; safe to share.
 */
final class InputFile {

    /** How a file is read, decided from its name. */
    enum Kind { WARC, JSON_LINES, PAGE }

    private final long maxBytes;

    /** @param maxBytes pages, records and lines larger than this are refused, at most {@link InputFiles#MAX_LIMIT} */
    InputFile(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > InputFiles.MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + InputFiles.MAX_LIMIT + ", got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** How the file at this path (or URI) is read. */
    static Kind kind(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")
                || name.endsWith(".ndjson.gz")) {
            return Kind.JSON_LINES;
        }
        return Kind.PAGE;
    }

    /**
     * Reads the file's stream and hands every item to {@code items}; never throws for bad content.
     *
     * @param path names the file in sources and messages
     */
    void read(String path, InputStream in, Consumer<InputItem> items) {
        try {
            switch (kind(path)) {
                case WARC -> new WarcReader(maxBytes).read(path, in, raw -> items.accept(InputItem.Page.of(raw)),
                        e -> items.accept(InputItem.Unreadable.of(e)));
                case JSON_LINES -> readLines(path, path.endsWith(".gz") ? new GZIPInputStream(in) : in, items);
                case PAGE -> items.accept(page(path, in));
            }
        } catch (IOException | UncheckedIOException e) {
            items.accept(new InputItem.Unreadable(path, "unreadable", "cannot read: " + e.getMessage()));
        } catch (DocumentException e) {
            items.accept(InputItem.Unreadable.of(e));
        }
    }

    private InputItem page(String path, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            return tooLarge(path);
        }
        return new InputItem.Page(path, bytes);
    }

    private void readLines(String path, InputStream in, Consumer<InputItem> items) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String source = path + ":" + number;
            if (line.isBlank()) {
                continue;
            }
            items.accept(line.length() > maxBytes ? tooLarge(source) : new InputItem.JsonLine(source, line));
        }
    }

    private InputItem tooLarge(String source) {
        return new InputItem.Unreadable(source, "too-large", "document is over the limit of "
                + ByteSizes.describe(maxBytes));
    }
}
