package org.sitrep.export;

import java.util.Arrays;
import java.util.List;
import org.sitrep.actors.Actor;

/**
 * One row of the {@code actors} table: an actor of one document with its codes and how often it is named.
 */
public record ActorRow(String docId, String actorId, String name, String code, String country, String sector,
                       String kind, int mentionCount) {

    /** The {@code actors} table. */
    public static final Table TABLE = new Table("actors", List.of(
            Column.text("doc_id"), Column.text("actor_id"), Column.text("name"), Column.text("code"),
            Column.text("country"), Column.text("sector"), Column.text("kind"), Column.integer("mention_count")));

    static ActorRow of(String docId, Actor a) {
        return new ActorRow(docId, a.id(), a.name(), a.code(), a.country(), a.sector(), a.kind(), a.mentions().size());
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    public List<Object> values() {
        return Arrays.asList(docId, actorId, name, code, country, sector, kind, mentionCount);
    }
}
