package org.sitrep.bench.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bodies one extractor predicted for a set of pages of one rendering.
 *
 * @param extractor the extractor's name
 * @param input the rendering it read
 * @param bodies predicted body by page id, in page order; a page that failed has an empty body
 * @param failures one line per page the extractor threw on, naming the page and the error
 */
public record ExtractionRun(String extractor, InputKind input, Map<String, String> bodies, List<String> failures) {

    public ExtractionRun {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(input, "input");
        bodies = Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
        failures = List.copyOf(failures);
    }

    /** The label used in reports and as the prediction folder's name, e.g. {@code sitrep-html2text}. */
    public String label() {
        return extractor + "-" + input.id();
    }
}
