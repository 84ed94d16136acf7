package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.pipeline.Problem;

/**
 * Turns raw bytes into text, or refuses bytes that are not a text document. The charset comes from, in
 * order: a byte-order mark (UTF-8, UTF-16 LE/BE), a declaration in the page's first bytes
 * ({@code <meta charset>}, {@code http-equiv} Content-Type, XML declaration), then sniffing: UTF-16 by its
 * zero bytes, valid UTF-8 as UTF-8, anything else as windows-1252. Guesses and invalid byte sequences
 * (replaced by U+FFFD and counted) come back as problems of kind {@code encoding}.
 *
 * <p>Thread-safe: holds no state.
 */
public final class TextDecoder {

    private static final String ENCODING = "encoding";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Decodes {@code document} to text.
     *
     * @throws org.sitrep.pipeline.DocumentException when the bytes are empty, binary or only white space
     */
    public DecodedText decode(RawDocument document) {
        Objects.requireNonNull(document, "document");
        TextScreen.check(document);
        byte[] bytes = document.content();
        List<Problem> problems = new ArrayList<>();
        Optional<UnicodeSniffer.Bom> bom = UnicodeSniffer.bom(bytes);
        int offset = bom.map(UnicodeSniffer.Bom::length).orElse(0);
        Charset charset = bom.map(UnicodeSniffer.Bom::charset).orElseGet(() -> chooseCharset(bytes, problems));
        int[] invalid = {0};
        String text = decode(bytes, offset, charset, invalid);
        if (invalid[0] > 0) {
            problems.add(new Problem(ENCODING, invalid[0] + " invalid byte sequence" + (invalid[0] == 1 ? "" : "s")
                    + " for " + charset.name() + " replaced with U+FFFD"));
        }
        TextScreen.checkNotBlank(document, text);
        return new DecodedText(text, charset, problems);
    }

    private static Charset chooseCharset(byte[] bytes, List<Problem> problems) {
        Optional<CharsetPrescan.Declaration> declaration = CharsetPrescan.find(bytes, 0);
        if (declaration.isPresent()) {
            String label = declaration.get().label();
            Optional<Charset> declared = CharsetLabels.resolve(label);
            if (declared.isEmpty()) {
                problems.add(new Problem(ENCODING, "the page declares an unknown charset '" + label
                        + "' in its " + declaration.get().declaredBy() + "; guessing instead"));
            } else if (CharsetLabels.isSingleByte(declared.get()) && isUtf8WithMultibyte(bytes)) {
                problems.add(new Problem(ENCODING, "the page declares " + declared.get().name()
                        + " but its bytes are valid UTF-8; read as UTF-8"));
                return StandardCharsets.UTF_8;
            } else {
                return declared.get();
            }
        }
        return sniff(bytes, problems);
    }

    private static Charset sniff(byte[] bytes, List<Problem> problems) {
        Optional<Charset> utf16 = UnicodeSniffer.utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            problems.add(new Problem(ENCODING, "no charset declared; the zero bytes look like "
                    + utf16.get().name() + " without a byte-order mark"));
            return utf16.get();
        }
        if (isValidUtf8(bytes, 0, bytes.length - UnicodeSniffer.incompleteUtf8Tail(bytes))) {
            return StandardCharsets.UTF_8;
        }
        problems.add(new Problem(ENCODING, "no charset declared and the bytes are not valid UTF-8; guessed windows-1252"));
        return WINDOWS_1252;
    }

    // A single-byte page whose non-ASCII bytes all pair up as UTF-8 is UTF-8 with a wrong declaration.
    private static boolean isUtf8WithMultibyte(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        return nonAscii && isValidUtf8(bytes, 0, bytes.length);
    }

    private static String decode(byte[] bytes, int offset, Charset charset, int[] invalid) {
        return decode(bytes, offset, bytes.length, charset, invalid);
    }

    /** Decodes {@code bytes[offset, end)}, replacing each invalid sequence with U+FFFD and counting it. */
    private static String decode(byte[] bytes, int offset, int end, Charset charset, int[] invalid) {
        // Most pages are valid UTF-8, which the String constructor decodes several times faster; it marks
        // invalid bytes with U+FFFD, and only then (or for a page that has a real U+FFFD) do we count them.
        if (charset.equals(StandardCharsets.UTF_8)) {
            String text = new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, end - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil(in.remaining() * (double) decoder.averageCharsPerByte()) + 16));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                if (result.isUnderflow()) {
                    break;
                }
            }
            if (result.isOverflow()) {
                out = grow(out);
            } else if (result.isError()) {
                invalid[0]++;
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            }
        }
        return out.flip().toString();
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, out.capacity() * 2L + 16));
        return bigger.put(out.flip());
    }

    /** True when {@code bytes[from, to)} is well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF). */
    static boolean isValidUtf8(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int length;
            int min;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + length > to) {
                return false;
            }
            int code = lead & (0x7F >> length);
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return false;
                }
                code = (code << 6) | (next & 0x3F);
            }
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return false;
            }
            i += length;
        }
        return true;
    }
}
