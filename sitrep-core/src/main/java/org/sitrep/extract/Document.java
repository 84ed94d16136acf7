package org.sitrep.extract;

import java.util.List;
import java.util.Objects;

/**
 * The {@code document} part of sitrep's record (see the output contract): a clean article and its metadata.
 * Every offset computed by later stages indexes into {@link #text()}.
 *
 * @param id SHA-256 (hex) of the raw input bytes
 * @param source path, URL or record id
 * @param format one of html, markdown, text, warc, rss, jsonl
 * @param title the headline, or null when none was found
 * @param authors the people credited, possibly empty
 * @param published ISO 8601 date (yyyy-MM-dd), or null when unknown
 * @param publisher the site or organisation that published it, or null
 * @param tags section, region, theme and keyword labels, possibly empty
 * @param language ISO 639-1 code, or null when unknown
 * @param text the clean body: paragraphs separated by a blank line
 */
public record Document(String id, String source, String format, String title, List<String> authors,
                       String published, String publisher, List<String> tags, String language, String text) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        Objects.requireNonNull(text, "text");
    }
}
