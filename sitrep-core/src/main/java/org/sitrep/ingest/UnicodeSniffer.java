package org.sitrep.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Byte-level clues to a Unicode encoding: byte-order marks and the zero-byte pattern of UTF-16 text
 * saved without one. Thread-safe: holds no state.
 */
final class UnicodeSniffer {

    /** How much of the input the UTF-16 guess looks at. */
    private static final int SAMPLE = 4096;

    /** A byte-order mark: the charset it announces and how many bytes it takes. */
    record Bom(Charset charset, int length) {
    }

    private UnicodeSniffer() {
    }

    /** The byte-order mark {@code bytes} start with, if any. */
    static Optional<Bom> bom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    /**
     * Guesses UTF-16 without a byte-order mark: text in Latin script saved as UTF-16 has a zero byte in
     * (nearly) every other position, on the odd side for little-endian and the even side for big-endian.
     */
    static Optional<Charset> utf16WithoutBom(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE) & ~1;
        if (length < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < length; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = length / 2;
        if (oddZeros * 10 >= pairs * 9 && evenZeros * 10 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros * 10 >= pairs * 9 && oddZeros * 10 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * How many bytes at the end of {@code bytes} start a UTF-8 sequence that the input cuts short
     * (0 when it ends on a whole character), so a truncated file is not mistaken for another charset.
     */
    static int incompleteUtf8Tail(byte[] bytes) {
        for (int back = 1; back <= Math.min(3, bytes.length); back++) {
            int b = bytes[bytes.length - back] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }
}
