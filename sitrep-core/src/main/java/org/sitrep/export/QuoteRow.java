package org.sitrep.export;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the {@code quotes} table: a quotation, its offsets and its speaker (an actor id of the same
 * document, with that actor's name and code, or null when unknown).
 */
public record QuoteRow(String docId, int start, int end, String text, String speakerId, String speakerName,
                       String speakerCode, String cue) {

    /** The {@code quotes} table. */
    public static final Table TABLE = new Table("quotes", List.of(
            Column.text("doc_id"), Column.integer("start"), Column.integer("end"), Column.text("text"),
            Column.text("speaker_id"), Column.text("speaker_name"), Column.text("speaker_code"),
            Column.text("cue")));

    /** The values in the order of {@link #TABLE}'s columns. */
    public List<Object> values() {
        return Arrays.asList(docId, start, end, text, speakerId, speakerName, speakerCode, cue);
    }
}
