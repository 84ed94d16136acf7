package org.sitrep.bench.entities;

import java.util.Objects;

/**
 * A hand-annotated named mention: its span, the name's head token a prediction must cover, its type and its
 * Wikipedia identity.
 *
 * @param start first character of the mention
 * @param end one past its last character
 * @param headStart first character of the head token of the name
 * @param headEnd one past the head token
 * @param type PER, ORG or LOC
 * @param wikipedia the Wikipedia page title ("United_States"), or null
 * @param text the mention as written
 */
public record GoldMention(int start, int end, int headStart, int headEnd, EntityType type, String wikipedia,
                          String text) {

    public GoldMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || headStart < start || headEnd > end || headEnd <= headStart) {
            throw new IllegalArgumentException("bad gold span [" + start + ", " + end + ") head ["
                    + headStart + ", " + headEnd + ") for '" + text + "'");
        }
    }
}
