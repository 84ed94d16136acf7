package org.sitrep.nlp;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0; dependency edges use it
 * @param text the token exactly as written in the original text ({@code span.of(text)})
 * @param span where it is in the original text
 * @param lemma its dictionary form ("met" gives "meet"); the text itself when none is known
 * @param pos its Penn Treebank part-of-speech tag, e.g. {@code NNP}, {@code VBD}, {@code MD}
 * @param ner its named-entity label, e.g. {@code COUNTRY}, {@code DATE}; {@code O} when it is in no entity
 * @param normalized the normalised value of its entity, e.g. {@code 2024-W39} for "last week"; null when none
 */
public record Token(int index, String text, Span span, String lemma, String pos, String ner, String normalized) {

    /** The label of a token outside every entity. */
    public static final String OUTSIDE = "O";

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        if (index < 0) {
            throw new IllegalArgumentException("token index must not be negative: " + index);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("token text '" + text + "' does not fit its span " + span);
        }
        if (ner.isBlank()) {
            throw new IllegalArgumentException("ner label must not be blank; use " + OUTSIDE);
        }
    }

    /** Whether the token is part of a named entity. */
    public boolean inEntity() {
        return !OUTSIDE.equals(ner);
    }
}
