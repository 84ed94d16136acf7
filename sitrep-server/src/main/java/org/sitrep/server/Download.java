package org.sitrep.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An answer that is a file to save rather than JSON to read: its name, media type and a writer that streams
 * the body, so a large export never sits in memory whole.
 *
 * @param fileName the name offered to the browser: letters, digits, {@code . _ -}, not starting with a dot
 */
public record Download(String fileName, String contentType, Body body) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");

    /** Writes the body. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public Download {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        if (!isSafeName(fileName)) {
            throw new IllegalArgumentException("unsafe download name: '" + fileName + "'");
        }
    }

    /** Whether {@code name} is a plain file name: no folder, no leading dot, no quote, at most 100 characters. */
    public static boolean isSafeName(String name) {
        return name != null && SAFE_NAME.matcher(name).matches() && !name.contains("..");
    }
}
