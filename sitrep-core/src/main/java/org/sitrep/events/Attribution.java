package org.sitrep.events;

import java.util.Objects;

/**
 * Who the text says is the source of a claim ("according to X", "X said that", "X suspects").
 *
 * @param actor the actor id of the source, or null when the source is not a known actor
 * @param cue the words that attribute the claim ("said", "according to", "suspects")
 */
public record Attribution(String actor, String cue) {

    public Attribution {
        Objects.requireNonNull(cue, "cue");
    }
}
