package org.sitrep.nlp;

import java.time.LocalDate;

/**
 * Reads a text into sentences, tokens, entities and dependency graphs.
 *
 * <p>Implementations are safe to share between threads, do not change their input, and do not throw on messy
 * input (very long sentences, no letters, another language): what they could not do is reported in
 * {@link AnnotatedText#problems()}.
 */
public interface Annotator {

    /**
     * Annotates one text.
     *
     * @param text the original text; every span in the result indexes into it
     * @param documentDate the publication date, against which "last week" or "on Monday" are read; null
     *     when unknown
     * @throws NullPointerException when {@code text} is null
     */
    AnnotatedText annotate(String text, LocalDate documentDate);
}
