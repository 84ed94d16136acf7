package org.sitrep.ingest;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.sitrep.pipeline.Problem;

/**
 * Text decoded from raw bytes.
 *
 * @param text the decoded text, without a byte-order mark
 * @param charset the charset used
 * @param problems what was doubtful (a guessed charset, replaced invalid bytes)
 */
public record DecodedText(String text, Charset charset, List<Problem> problems) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        problems = List.copyOf(problems);
    }
}
