package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Recognises files that are clearly not text documents (PDFs, images, archives, office files, programs)
 * from their first bytes, so that a file given by mistake is refused with a message that names it.
 * Thread-safe: holds no state.
 */
final class FileSignatures {

    /** A magic number: {@code prefix} found at {@code offset}, and what to call the file. */
    private record Signature(int offset, byte[] prefix, String description) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            ascii(0, "%PDF-", "a PDF"),
            bytes(0, "a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            bytes(0, "a JPEG image", 0xFF, 0xD8, 0xFF),
            ascii(0, "GIF87a", "a GIF image"),
            ascii(0, "GIF89a", "a GIF image"),
            ascii(8, "WEBP", "a WebP image"),
            bytes(0, "a TIFF image", 'I', 'I', 0x2A, 0x00),
            bytes(0, "a TIFF image", 'M', 'M', 0x00, 0x2A),
            bytes(0, "a gzip-compressed file", 0x1F, 0x8B),
            ascii(0, "BZh", "a bzip2-compressed file"),
            bytes(0, "an xz-compressed file", 0xFD, '7', 'z', 'X', 'Z', 0x00),
            bytes(0, "a zstd-compressed file", 0x28, 0xB5, 0x2F, 0xFD),
            bytes(0, "a 7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            bytes(0, "an old Microsoft Office document (DOC, XLS or PPT)",
                    0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            bytes(0, "a program (ELF executable)", 0x7F, 'E', 'L', 'F'),
            ascii(4, "ftyp", "a video or audio file (MP4)"));

    private FileSignatures() {
    }

    /**
     * Names what {@code bytes} look like when they start with a known non-text signature, e.g.
     * "a PDF"; empty when they do not.
     */
    static Optional<String> describe(byte[] bytes) {
        if (startsWith(bytes, 0, new byte[] {'P', 'K', 3, 4}) || startsWith(bytes, 0, new byte[] {'P', 'K', 5, 6})) {
            return Optional.of(describeZip(bytes));
        }
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.offset(), signature.prefix())) {
                return Optional.of(signature.description());
            }
        }
        return Optional.empty();
    }

    // Office and e-book files are ZIP archives; the names of their first entries tell them apart.
    private static String describeZip(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        if (head.contains("word/")) {
            return "a Word document (DOCX)";
        } else if (head.contains("xl/")) {
            return "an Excel workbook (XLSX)";
        } else if (head.contains("ppt/")) {
            return "a PowerPoint presentation (PPTX)";
        } else if (head.contains("application/epub+zip")) {
            return "an EPUB e-book";
        } else if (head.contains("application/vnd.oasis.opendocument")) {
            return "an OpenDocument file";
        }
        return "a ZIP archive";
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Signature ascii(int offset, String prefix, String description) {
        return new Signature(offset, prefix.getBytes(StandardCharsets.US_ASCII), description);
    }

    private static Signature bytes(int offset, String description, int... values) {
        byte[] prefix = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            prefix[i] = (byte) values[i];
        }
        return new Signature(offset, prefix, description);
    }
}
