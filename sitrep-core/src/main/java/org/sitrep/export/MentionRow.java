package org.sitrep.export;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the {@code mentions} table: where an actor is named in its document's text (UTF-16 offsets,
 * end excluded).
 */
public record MentionRow(String docId, String actorId, int start, int end, String text) {

    /** The {@code mentions} table. */
    public static final Table TABLE = new Table("mentions", List.of(
            Column.text("doc_id"), Column.text("actor_id"), Column.integer("start"), Column.integer("end"),
            Column.text("text")));

    /** The values in the order of {@link #TABLE}'s columns. */
    public List<Object> values() {
        return Arrays.asList(docId, actorId, start, end, text);
    }
}
