package org.sitrep.store;

import java.util.Objects;

/**
 * One document found by a search.
 *
 * @param docId the document id (content hash)
 * @param title the headline, or null
 * @param published the publication date as written (ISO), or null
 * @param source the path, URL or record id it came from
 * @param publisher the site or organisation, or null
 * @param snippetHtml passages of the text with the matched words in {@code <b>}; everything else escaped
 * @param score Lucene's relevance score
 */
public record SearchHit(String docId, String title, String published, String source, String publisher,
                        String snippetHtml, float score) {

    public SearchHit {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(snippetHtml, "snippetHtml");
    }
}
