package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One input document as it arrived: where it came from and its bytes, undecoded.
 * The array is not copied (pages can be large); callers must not change it after construction.
 *
 * @param source path, URL or record id, used in every message about this document
 * @param content the raw bytes
 */
public record RawDocument(String source, byte[] content) {

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    /** A document made from text, encoded as UTF-8 (for tests and standard input). */
    public static RawDocument ofText(String source, String text) {
        return new RawDocument(source, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of the raw bytes in lower-case hex: the document id of the output contract. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
