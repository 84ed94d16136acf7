package org.sitrep.events;

import java.util.List;
import java.util.Objects;

/**
 * Who the text says is the source of a claim ("according to X", "X said that", "X suspects").
 *
 * <p>A claim can have several sources ("China, Iran, Pakistan and Russia said", "their joint statement
 * said"): {@code actors} lists them all, and {@code actor}, the field of the output contract, is the first.
 *
 * @param actor the actor id of the (first) source, or null when the source is not a known actor
 * @param actors every source's actor id, in the order the text names them; empty when none is known
 * @param cue the words that attribute the claim ("said", "according to", "suspects")
 */
public record Attribution(String actor, List<String> actors, String cue) {

    public Attribution {
        Objects.requireNonNull(cue, "cue");
        actors = FirstOfList.of(actor, actors, "attribution actor");
    }

    /** One source, or none ({@code actor} null). */
    public Attribution(String actor, String cue) {
        this(actor, actor == null ? List.of() : List.of(actor), cue);
    }

    /** Every source the text names, the first being {@code actor}. */
    public static Attribution of(List<String> actors, String cue) {
        return new Attribution(actors.isEmpty() ? null : actors.get(0), actors, cue);
    }
}
