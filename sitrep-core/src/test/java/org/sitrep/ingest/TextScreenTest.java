package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.DocumentException;

class TextScreenTest {

    private final TextDecoder decoder = new TextDecoder();

    private DocumentException refused(byte[] bytes) {
        return assertThrows(DocumentException.class, () -> decoder.decode(new RawDocument("in/file.txt", bytes)));
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }

    @Test
    void emptyInputIsRefused() {
        DocumentException e = refused(new byte[0]);
        assertEquals("empty", e.problem().kind());
        assertEquals("in/file.txt: document is empty (0 bytes)", e.getMessage());
    }

    @Test
    void whiteSpaceOnlyInputIsRefused() {
        DocumentException e = refused(" \n\t\r\n \u00a0 \u2003\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("empty", e.problem().kind());
        assertEquals("document holds only white space (13 bytes)", e.problem().message());
    }

    @Test
    void whiteSpaceOnlyUtf16WithByteOrderMarkIsRefusedAsEmptyNotBinary() {
        byte[] bytes = hex("fffe20000a000900");
        assertEquals("empty", refused(bytes).problem().kind());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "255044462d312e370a25e2e3cfd3, a PDF",
        "89504e470d0a1a0a0000000d49484452, a PNG image",
        "ffd8ffe000104a464946, a JPEG image",
        "474946383961010001000000, a GIF image",
        "52494646240000005745425056503820, a WebP image",
        "504b0304140006000800000021005b436f6e74656e745f54797065735d2e786d6c, a ZIP archive",
        "504b030414000600080000002100776f72642f646f63756d656e742e786d6c, a Word document (DOCX)",
        "1f8b0800000000000003, a gzip-compressed file",
    })
    void knownBinaryFormatsAreNamed(String magic, String description) {
        DocumentException e = refused(hex(magic));
        assertEquals("binary", e.problem().kind());
        assertEquals("looks like " + description + ", not a text document", e.problem().message());
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = "Some text\0\0\1\2 and then binary".getBytes(StandardCharsets.ISO_8859_1);
        DocumentException e = refused(bytes);
        assertEquals("binary", e.problem().kind());
        assertEquals("looks like binary data (it holds NUL bytes), not a text document", e.problem().message());
    }

    @Test
    void manyControlCharactersMeanBinary() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("ab").append((char) 0x01).append((char) 0x1B);
        }
        DocumentException e = refused(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("binary", e.problem().kind());
        assertEquals("looks like binary data (50% control characters), not a text document", e.problem().message());
    }

    @Test
    void aFewControlCharactersInTextAreTolerated() {
        String text = "Page one of the communiqu\u00e9.\f\nPage two.\u001b\n" + "The talks went on. ".repeat(20);
        DecodedText decoded = decoder.decode(new RawDocument("notes.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, decoded.text());
    }
}
