package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * Undoes an HTTP {@code Content-Encoding} (gzip, deflate; identity) on a payload held in memory, with the
 * decoded size bounded. Archives keep payloads as the server sent them, so a page is often still gzipped.
 */
final class ContentEncodings {

    private ContentEncodings() {
    }

    /**
     * The payload with its encodings undone, last applied first.
     *
     * @throws DocumentException (named {@code payload}) for an unknown encoding, corrupt data or a result over
     *                           {@code maxBytes}; the caller renames it after the record
     */
    static byte[] decode(List<String> headerValues, byte[] body, long maxBytes) {
        byte[] bytes = body;
        List<String> encodings = headerValues.stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .filter(value -> !value.isEmpty() && !value.equals("identity"))
                .toList();
        for (int i = encodings.size() - 1; i >= 0; i--) {
            bytes = decodeOne(encodings.get(i), bytes, maxBytes);
        }
        if (bytes.length > maxBytes) {
            throw problem("too-large", "is over the limit of " + ByteSizes.describe(maxBytes));
        }
        return bytes;
    }

    private static byte[] decodeOne(String encoding, byte[] bytes, long maxBytes) {
        try {
            InputStream decoded = switch (encoding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(bytes));
                case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(bytes));
                default -> throw problem("unsupported", "is sent with Content-Encoding '" + encoding
                        + "', which sitrep cannot decode");
            };
            try (decoded) {
                byte[] out = decoded.readNBytes((int) maxBytes + 1);
                if (out.length > maxBytes) {
                    throw problem("too-large", "is over the limit of " + ByteSizes.describe(maxBytes) + " once decoded");
                }
                return out;
            }
        } catch (IOException e) {
            throw problem("corrupt-record", "has a corrupt " + encoding + " payload (" + e.getMessage() + ")");
        }
    }

    private static DocumentException problem(String kind, String message) {
        return new DocumentException("payload", new Problem(kind, message));
    }
}
