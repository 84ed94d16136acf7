package org.sitrep.extract.meta;

import java.time.LocalDate;
import java.util.List;

/**
 * Metadata found for one article; any field may be null (or empty) when the page does not say.
 *
 * @param title headline
 * @param authors people credited
 * @param published publication date
 * @param publisher site or organisation name
 * @param tags section, region, theme and keyword labels
 * @param language ISO 639-1 code
 */
public record Metadata(String title, List<String> authors, LocalDate published, String publisher,
                       List<String> tags, String language) {

    /** Metadata with nothing known. */
    public static final Metadata EMPTY = new Metadata(null, List.of(), null, null, List.of(), null);

    public Metadata {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /** Returns this metadata with {@code language} in place of the current one. */
    public Metadata withLanguage(String language) {
        return new Metadata(title, authors, published, publisher, tags, language);
    }
}
