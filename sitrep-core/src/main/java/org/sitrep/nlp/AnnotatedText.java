package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.pipeline.Problem;

/**
 * A text with its sentences, tokens, entity mentions and dependency graphs: what the language layer hands to
 * the stages above it. Every span indexes into {@code text}.
 *
 * @param text the original text, unchanged
 * @param documentDate the date relative dates were read against ("last week"), or null when unknown
 * @param sentences the sentences in order, indexed from 0, not overlapping
 * @param entities the entity mentions in text order
 * @param problems what could not be annotated as asked (text cut, sentences left unparsed), bounded in number
 */
public record AnnotatedText(String text, LocalDate documentDate, List<Sentence> sentences, List<Entity> entities,
                            List<Problem> problems) {

    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            sentence.span().checkWithin(text.length());
            if (sentence.index() != i || sentence.span().start() < previousEnd) {
                throw new IllegalArgumentException("sentence " + i + " " + sentence.span() + " has index "
                        + sentence.index() + " or overlaps the one before (ending at " + previousEnd + ")");
            }
            previousEnd = sentence.span().end();
        }
        for (Entity entity : entities) {
            if (entity.sentence() >= sentences.size()
                    || !sentences.get(entity.sentence()).span().contains(entity.span())) {
                throw new IllegalArgumentException("entity '" + entity.text() + "' " + entity.span()
                        + " lies outside its sentence " + entity.sentence());
            }
        }
    }

    /** The text a span covers. */
    public String text(Span span) {
        return span.of(text);
    }

    /** The number of tokens over all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
