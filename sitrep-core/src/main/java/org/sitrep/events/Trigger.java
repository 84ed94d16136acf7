package org.sitrep.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The words that name an event ("critical", "called on", "blamed"), as written in the document text.
 *
 * @param start first character
 * @param end one past the last character
 * @param text the words as written
 */
public record Trigger(int start, int end, String text) {

    public Trigger {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad trigger [" + start + ", " + end + ")");
        }
    }

    /**
     * An event's id: the first 16 hex digits of SHA-256 over document id, sentence start, trigger span and
     * type, so the same event coded twice gets the same id.
     */
    static String id(String documentId, int sentenceStart, Trigger trigger, String type) {
        String key = documentId + "|" + sentenceStart + "|" + trigger.start() + "|" + trigger.end() + "|" + type;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
