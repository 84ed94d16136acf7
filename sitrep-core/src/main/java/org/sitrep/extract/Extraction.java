package org.sitrep.extract;

import java.util.List;
import java.util.Objects;
import org.sitrep.pipeline.Problem;

/**
 * What the extract stage returns for one input: the clean document and what went wrong on the way.
 *
 * @param document the clean article
 * @param problems recoverable problems (an encoding guess, no body found), possibly empty
 */
public record Extraction(Document document, List<Problem> problems) {

    public Extraction {
        Objects.requireNonNull(document, "document");
        problems = List.copyOf(problems);
    }
}
