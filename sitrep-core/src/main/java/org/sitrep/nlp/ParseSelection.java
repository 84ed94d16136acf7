package org.sitrep.nlp;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which sentences of a text get a dependency parse. The parse is the dearest part of the language layer
 * (about as much time as everything before it) and the stages above read it only in some sentences, so a
 * selection that knows what they read saves that time without changing their output.
 *
 * <p>The sentences handed in are complete but for the graph (tokens, tags, lemmas, entity labels); the
 * selection answers with the indices (into that list) to parse. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ParseSelection {

    /** The indices into {@code sentences} of the sentences to parse. */
    BitSet select(List<Sentence> sentences);

    /** Every sentence (up to the length limit of {@link NlpLimits}). */
    static ParseSelection all() {
        return sentences -> {
            BitSet all = new BitSet(sentences.size());
            all.set(0, sentences.size());
            return all;
        };
    }

    /**
     * The sentences an event coder reads: those with an event trigger (as {@code triggered} says), those with
     * a quotation mark (the speaker is found in the graph), and before a triggered sentence with a pronoun
     * the sentences back to the last one naming someone (a pronoun's antecedent is read from an earlier
     * subject). See {@link EventSentences}.
     *
     * @param triggered whether a sentence holds a word or phrase that may report an event
     */
    static ParseSelection eventSentences(Predicate<Sentence> triggered) {
        return new EventSentences(Objects.requireNonNull(triggered, "triggered"));
    }
}
