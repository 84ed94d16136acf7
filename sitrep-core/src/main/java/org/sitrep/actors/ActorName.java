package org.sitrep.actors;

/**
 * Where the text writes an actor's name itself, as opposed to a role or a group word standing for it:
 * "Pakistan" in "Pakistan's foreign minister", or "Iranian" in "Iranian officials". Named-entity scoring
 * reads these.
 *
 * @param start first character
 * @param end one past the last character
 * @param actorId the actor it names ({@code a1}, ...)
 * @param adjective whether it is an adjective ("Iranian drones") rather than a name or a noun ("Iranians")
 */
public record ActorName(int start, int end, String actorId, boolean adjective) {

    public ActorName {
        java.util.Objects.requireNonNull(actorId, "actorId");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad name span [" + start + ", " + end + ")");
        }
    }
}
