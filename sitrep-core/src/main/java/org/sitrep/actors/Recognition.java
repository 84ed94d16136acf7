package org.sitrep.actors;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ActorRecognizer} found in a document: its actors with every mention, and which of those
 * mentions are the actors' names.
 *
 * @param actors the actors, ids {@code a1, a2, ...} in order of first mention
 * @param names the name mentions, in text order
 */
public record Recognition(ActorSet actors, List<ActorName> names) {

    public Recognition {
        Objects.requireNonNull(actors, "actors");
        names = List.copyOf(names);
    }
}
