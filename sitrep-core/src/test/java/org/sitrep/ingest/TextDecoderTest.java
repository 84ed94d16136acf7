package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Problem;

class TextDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final TextDecoder decoder = new TextDecoder();

    private DecodedText decode(byte[] bytes) {
        return decoder.decode(new RawDocument("test.html", bytes));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    private static List<String> kinds(DecodedText decoded) {
        return decoded.problems().stream().map(Problem::kind).toList();
    }

    @Test
    void utf8ByteOrderMarkIsUsedAndStripped() {
        DecodedText decoded = decode(concat(bytes(0xEF, 0xBB, 0xBF), "Zürich talks".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Zürich talks", decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals(List.of(), decoded.problems());
    }

    @Test
    void utf16LittleEndianByteOrderMarkIsUsed() {
        DecodedText decoded = decode(concat(bytes(0xFF, 0xFE), "<p>Łódź summit</p>".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("<p>Łódź summit</p>", decoded.text());
        assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
    }

    @Test
    void utf16BigEndianByteOrderMarkIsUsed() {
        DecodedText decoded = decode(concat(bytes(0xFE, 0xFF), "Ministers met in Oslo.".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("Ministers met in Oslo.", decoded.text());
        assertEquals(StandardCharsets.UTF_16BE, decoded.charset());
    }

    @Test
    void byteOrderMarkWinsOverMetaCharset() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Kyiv — talks</p></body></html>";
        DecodedText decoded = decode(concat(bytes(0xEF, 0xBB, 0xBF), page.getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertTrue(decoded.text().contains("Kyiv — talks"));
    }

    @Test
    void metaCharsetIsFoundByThePrescan() {
        String page = "<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>Москва</title></head>"
                + "<body><p>Министры встретились в Москве.</p></body></html>";
        DecodedText decoded = decode(page.getBytes(WINDOWS_1251));
        assertEquals(WINDOWS_1251, decoded.charset());
        assertTrue(decoded.text().contains("Министры встретились"));
        assertEquals(List.of(), decoded.problems());
    }

    @Test
    void httpEquivContentTypeIsFoundByThePrescan() {
        String page = "<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1252'>"
                + "</head><body><p>\u201cWe agreed,\u201d said Andr\u00e9s \u2014 in Quito.</p></body></html>";
        DecodedText decoded = decode(page.getBytes(WINDOWS_1252));
        assertEquals(WINDOWS_1252, decoded.charset());
        assertTrue(decoded.text().contains("\u201cWe agreed,\u201d said Andr\u00e9s \u2014 in Quito."));
        assertEquals(List.of(), decoded.problems()); // declared, not guessed
    }

    @Test
    void httpEquivWithDoubleQuotesAndOtherAttributesFirstIsFound() {
        String page = "<html><head><meta name=\"x\" content=\"y\"><meta content=\"text/html;charset=windows-1251\" "
                + "http-equiv=\"content-type\"></head><body><p>Переговоры в Минске</p></body></html>";
        DecodedText decoded = decode(page.getBytes(WINDOWS_1251));
        assertEquals(WINDOWS_1251, decoded.charset());
        assertTrue(decoded.text().contains("Переговоры в Минске"));
        assertEquals(List.of(), decoded.problems());
    }

    @Test
    void iso88591LabelIsReadAsWindows1252LikeBrowsersDo() {
        byte[] page = concat("<meta charset=iso-8859-1><p>".getBytes(StandardCharsets.US_ASCII),
                bytes(0x93, 'H', 'i', 0x94), "</p>".getBytes(StandardCharsets.US_ASCII));
        DecodedText decoded = decode(page);
        assertEquals(WINDOWS_1252, decoded.charset());
        assertTrue(decoded.text().contains("\u201cHi\u201d"));
    }

    @Test
    void xmlDeclarationEncodingIsUsed() {
        String page = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><html><body><p>Киев</p></body></html>";
        DecodedText decoded = decode(page.getBytes(WINDOWS_1251));
        assertEquals(WINDOWS_1251, decoded.charset());
        assertTrue(decoded.text().contains("Киев"));
    }

    @Test
    void metaInsideACommentIsIgnored() {
        String page = "<html><head><!-- <meta charset=\"windows-1251\"> --></head><body><p>Café talks</p></body></html>";
        DecodedText decoded = decode(page.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertTrue(decoded.text().contains("Café talks"));
    }

    @Test
    void metaBeyondThePrescanWindowIsIgnored() {
        String padding = "<script>" + "var x = 1;\n".repeat(CharsetPrescan.PRESCAN_BYTES / 10) + "</script>";
        String page = "<html><head>" + padding + "<meta charset=\"windows-1251\"></head><body><p>Café</p></body></html>";
        DecodedText decoded = decode(page.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void validUtf8WithoutDeclarationIsUtf8WithoutProblems() {
        DecodedText decoded = decode("Ministers met in Reykjavík and São Paulo.".getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals("Ministers met in Reykjavík and São Paulo.", decoded.text());
        assertEquals(List.of(), decoded.problems());
    }

    @Test
    void invalidUtf8WithoutDeclarationIsGuessedAsWindows1252AndReported() {
        DecodedText decoded = decode("Talks in Bogotá ended \u2014 for now.".getBytes(WINDOWS_1252));
        assertEquals(WINDOWS_1252, decoded.charset());
        assertEquals("Talks in Bogotá ended \u2014 for now.", decoded.text());
        assertEquals(List.of("encoding"), kinds(decoded));
        assertTrue(decoded.problems().get(0).message().contains("guessed windows-1252"), decoded.problems().toString());
    }

    @Test
    void invalidSequencesInDeclaredCharsetAreReplacedAndCounted() {
        byte[] page = concat("<meta charset=\"utf-8\"><p>Peace ".getBytes(StandardCharsets.US_ASCII),
                bytes(0xC3), " talks ".getBytes(StandardCharsets.US_ASCII), bytes(0xFF), "</p>".getBytes(StandardCharsets.US_ASCII));
        DecodedText decoded = decode(page);
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertTrue(decoded.text().contains("Peace \uFFFD talks \uFFFD</p>"), decoded.text());
        assertEquals(List.of(new Problem("encoding", "2 invalid byte sequences for UTF-8 replaced with U+FFFD")),
                decoded.problems());
    }

    @Test
    void singleByteDeclarationOnValidUtf8IsOverruledAndReported() {
        String page = "<meta charset=\"iso-8859-1\"><p>Talks in Bogotá and Zürich</p>";
        DecodedText decoded = decode(page.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertTrue(decoded.text().contains("Bogotá and Zürich"));
        assertEquals(List.of("encoding"), kinds(decoded));
    }

    @Test
    void unknownDeclaredCharsetFallsBackToSniffingAndIsReported() {
        DecodedText decoded = decode("<meta charset=\"x-no-such-charset\"><p>Café</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals(List.of("encoding"), kinds(decoded));
        assertTrue(decoded.problems().get(0).message().contains("x-no-such-charset"));
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() {
        DecodedText decoded = decode("The envoys met again on Monday.".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
        assertEquals("The envoys met again on Monday.", decoded.text());
        assertEquals(List.of("encoding"), kinds(decoded));
    }

    @Test
    void utf8CutInsideTheLastCharacterStaysUtf8() {
        byte[] whole = "Delegates from Türkiye and Perú".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1); // drops the second byte of ú
        DecodedText decoded = decode(cut);
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals("Delegates from Türkiye and Per\uFFFD", decoded.text());
        assertEquals(List.of(new Problem("encoding", "1 invalid byte sequence for UTF-8 replaced with U+FFFD")),
                decoded.problems());
    }

    @Test
    void utf8ValidatorAgreesWithTheStrictJdkDecoderOnEveryShortSequence() {
        java.util.Random random = new java.util.Random(42);
        byte[] interesting = {0x41, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0,
            (byte) 0xA0, (byte) 0xED, (byte) 0x9F, (byte) 0xEF, (byte) 0xF0, (byte) 0x90, (byte) 0xF4, (byte) 0x8F,
            (byte) 0xF5, (byte) 0xFF};
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(5)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = interesting[random.nextInt(interesting.length)];
            }
            boolean jdk;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
                jdk = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                jdk = false;
            }
            assertEquals(jdk, TextDecoder.isValidUtf8(bytes, 0, bytes.length), java.util.HexFormat.of().formatHex(bytes));
        }
    }
}
