package org.sitrep.extract.meta;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;

/** Reads article metadata from a parsed HTML page. Thread-safe. */
public final class HtmlMetadataReader {

    /** Returns what the page says about itself; unknown fields are null or empty. */
    public Metadata read(Document page) {
        Objects.requireNonNull(page, "page");
        String title = page.title().isBlank() ? null : page.title().strip();
        return new Metadata(title, List.of(), null, null, List.of(), null);
    }
}
