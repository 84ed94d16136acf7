package org.sitrep.bench.entities;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One Wikinews article with its gold named mentions of the scored types.
 *
 * @param id the GUM document id
 * @param date the date the article was written, or null
 * @param text the article text the offsets index into
 * @param mentions named PER, ORG and LOC mentions in text order
 */
public record GoldDocument(String id, LocalDate date, String text, List<GoldMention> mentions) {

    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        mentions = List.copyOf(mentions);
        for (GoldMention m : mentions) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException(id + ": mention '" + m.text() + "' ends after the text");
            }
        }
    }
}
