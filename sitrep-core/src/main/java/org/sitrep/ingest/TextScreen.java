package org.sitrep.ingest;

import java.util.Locale;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * Refuses raw input that cannot be a text document: empty input, known binary formats (a PDF or an image
 * given by mistake), and bytes with NUL or many other control characters. Thread-safe: holds no state.
 */
final class TextScreen {

    /** How much of the input the control-character count looks at. */
    static final int SAMPLE = 8192;

    /** Above this share of control characters in the sample, the input is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextScreen() {
    }

    /** Throws a {@link DocumentException} naming {@code document} when its bytes are not text. */
    static void check(RawDocument document) {
        byte[] bytes = document.content();
        if (bytes.length == 0) {
            throw refuse(document, "empty", "document is empty (0 bytes)");
        }
        FileSignatures.describe(bytes).ifPresent(kind -> {
            throw refuse(document, "binary", "looks like " + kind + ", not a text document");
        });
        if (UnicodeSniffer.bom(bytes).isPresent() || UnicodeSniffer.utf16WithoutBom(bytes).isPresent()) {
            return; // zero bytes are part of UTF-16 text
        }
        int length = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw refuse(document, "binary", "looks like binary data (it holds NUL bytes), not a text document");
            }
            if (isControl(b)) {
                controls++;
            }
        }
        if (controls > length * MAX_CONTROL_SHARE) {
            throw refuse(document, "binary", String.format(Locale.ROOT,
                    "looks like binary data (%d%% control characters), not a text document", controls * 100 / length));
        }
    }

    /** Throws when decoded text holds nothing but white space (including no-break spaces and BOMs). */
    static void checkNotBlank(RawDocument document, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
                return;
            }
        }
        throw refuse(document, "empty", "document holds only white space (" + document.content().length + " bytes)");
    }

    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
    }

    private static DocumentException refuse(RawDocument document, String kind, String message) {
        return new DocumentException(document.source(), new Problem(kind, message));
    }
}
