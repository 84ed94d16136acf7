package org.sitrep.events.lexicon;

import org.sitrep.pipeline.SourceLine;
import java.util.Objects;

/**
 * A word or phrase that tells how sure the text is of the events near it, or who vouches for them.
 *
 * @param phrase the words or lemmas, possibly with gaps ({@code according to}, {@code describe ... as})
 * @param on whether {@code phrase} is matched against the surface words or the lemmas
 * @param kind what sort of cue it is
 * @param factuality what it implies for the clause it governs
 * @param scope which clause it governs
 * @param where the file and line it was read from
 */
public record FactualityCue(LemmaPattern phrase, MatchOn on, Kind kind, Factuality factuality, Scope scope,
        SourceLine where) {

    /** What a cue's phrase is compared with. */
    public enum MatchOn {
        /** Lower-cased surface words: for forms whose lemma would lose the point ("were to", "n't"). */
        WORD,
        /** Lemmas: every inflection of a verb at once ("said", "says" → {@code say}). */
        LEMMA
    }

    /** The sort of cue. */
    public enum Kind { MODAL, HEDGE, CONDITIONAL, NEGATION, FUTURE, ATTRIBUTION }

    /** The clause a cue governs. */
    public enum Scope {
        /** The clause the cue is in: auxiliaries, adverbs, markers ("may", "reportedly", "if"). */
        CLAUSE,
        /** The clause the cue's verb embeds (ccomp or xcomp): "said that ...", "refused to ...". */
        COMPLEMENT
    }

    public FactualityCue {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(factuality, "factuality");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(where, "where");
    }

    /** Whether the cue names a source: the subject of an attribution verb, or the object of "according to". */
    public boolean attributes() {
        return kind == Kind.ATTRIBUTION;
    }
}
