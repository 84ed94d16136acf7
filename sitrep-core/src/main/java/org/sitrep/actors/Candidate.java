package org.sitrep.actors;

/**
 * One mention of one actor found in a sentence, before ids are given.
 *
 * @param key the actor
 * @param start first character of the mention
 * @param end one past its last character
 * @param name whether the mention is the actor's name itself (a group of names can be referred back to),
 *     rather than a role or a group word standing for it
 * @param modifier whether the name is an adjective before a noun ("Iranian drones"), not a name of its own
 */
record Candidate(ActorKey key, int start, int end, boolean name, boolean modifier) {

    Candidate {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad candidate span [" + start + ", " + end + ")");
        }
    }
}
