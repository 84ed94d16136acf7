package org.sitrep.store;

import java.util.Objects;

/**
 * Events between two actor codes: from an actor to a recipient, or between two parties of a joint act
 * (then {@code source} sorts before {@code target}).
 *
 * @param source the acting side's code
 * @param target the other side's code
 * @param cooperation cooperation events
 * @param conflict conflict events
 */
public record Edge(String source, String target, long cooperation, long conflict) {

    public Edge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
