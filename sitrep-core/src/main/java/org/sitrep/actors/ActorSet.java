package org.sitrep.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The actors of one document with their mentions, and which actors a stretch of text names. A group
 * mention ("those four", "the Chinese and Russian ministers") is a mention of each actor in the group, so
 * a span covering it names them all.
 *
 * @param actors the document's actors, ids {@code a1, a2, ...} in order of first mention
 */
public record ActorSet(List<Actor> actors) {

    /** No actors. */
    public static final ActorSet EMPTY = new ActorSet(List.of());

    public ActorSet {
        actors = List.copyOf(actors);
        Set<String> ids = new LinkedHashSet<>();
        for (Actor actor : actors) {
            if (!ids.add(actor.id())) {
                throw new IllegalArgumentException("duplicate actor id " + actor.id());
            }
        }
    }

    /** Ids of the actors with a mention overlapping {@code [start, end)}, in actor order. */
    public List<String> idsAt(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        List<String> ids = new ArrayList<>();
        for (Actor actor : actors) {
            for (Mention mention : actor.mentions()) {
                boolean overlaps = mention.start() < end && start < mention.end()
                        || start == end && mention.start() <= start && start < mention.end();
                if (overlaps) {
                    ids.add(actor.id());
                    break;
                }
            }
        }
        return ids;
    }

    /**
     * The actors with their mentions inside {@code [start, end)}, each keeping only those mentions: arguments
     * are looked up in a sentence's own mentions, so a long document costs time in proportion to its length.
     */
    public ActorSet within(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            List<Mention> inside = a.mentions().stream().filter(m -> m.start() < end && start < m.end()).toList();
            if (!inside.isEmpty()) {
                out.add(new Actor(a.id(), a.name(), a.code(), a.country(), a.sector(), a.kind(), inside));
            }
        }
        return new ActorSet(out);
    }

    /** The actor with this id. */
    public Actor byId(String id) {
        Objects.requireNonNull(id, "id");
        for (Actor actor : actors) {
            if (actor.id().equals(id)) {
                return actor;
            }
        }
        throw new IllegalArgumentException("no actor " + id + " in this document");
    }
}
