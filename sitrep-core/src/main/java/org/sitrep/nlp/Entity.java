package org.sitrep.nlp;

import java.util.Objects;

/**
 * A named-entity mention: one or more consecutive tokens of one sentence with one label.
 *
 * <p>Labels are CoreNLP's: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}, and, from the
 * actor gazetteer or fine-grained NER, {@code COUNTRY}, {@code NATIONALITY}, {@code CITY},
 * {@code STATE_OR_PROVINCE}, {@code TITLE} (a role: "Foreign Ministers", "troops"); the numeric and temporal
 * labels {@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}, {@code NUMBER}, {@code ORDINAL},
 * {@code MONEY}, {@code PERCENT}; and a few others ({@code EMAIL}, {@code URL}, ...).
 *
 * @param span where the mention is in the original text
 * @param text the mention as written ({@code span.of(text)})
 * @param type its label
 * @param normalized its normalised value (a date as {@code 2024-10-03} or {@code 2024-W39}, a number), or null
 * @param sentence the index of its sentence in the document
 * @param firstToken the index of its first token in that sentence
 * @param endToken the index after its last token in that sentence
 */
public record Entity(Span span, String text, String type, String normalized, int sentence, int firstToken,
                     int endToken) {

    public Entity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (type.isBlank() || Token.OUTSIDE.equals(type)) {
            throw new IllegalArgumentException("entity type must be a label, not '" + type + "'");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("entity text '" + text + "' does not fit its span " + span);
        }
        if (sentence < 0 || firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("entity '" + text + "' needs sentence >= 0 and tokens [first, end)"
                    + " with first < end: sentence " + sentence + ", tokens [" + firstToken + ", " + endToken + ")");
        }
    }
}
