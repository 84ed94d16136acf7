package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Turns raw bytes into text. Thread-safe. */
public final class TextDecoder {

    /** Decodes {@code document} to text. */
    public DecodedText decode(RawDocument document) {
        Objects.requireNonNull(document, "document");
        return new DecodedText(new String(document.content(), StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                java.util.List.of());
    }
}
