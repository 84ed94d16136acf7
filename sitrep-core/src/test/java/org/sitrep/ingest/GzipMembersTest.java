package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class GzipMembersTest {

    /** A gzip member written by hand, with an extra field, a file name and a comment in its header. */
    private static byte[] member(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1F, (byte) 0x8B, 8, 4 | 8 | 16, 0, 0, 0, 0, 0, (byte) 255});
        out.writeBytes(new byte[] {3, 0, 'a', 'b', 'c'});
        out.writeBytes("record.warc\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes("written for a test\0".getBytes(StandardCharsets.ISO_8859_1));
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        writeIntLe(out, crc.getValue());
        writeIntLe(out, data.length);
        return out.toByteArray();
    }

    private static void writeIntLe(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }

    private static List<String> read(GzipMembers members) throws IOException {
        List<String> texts = new ArrayList<>();
        while (members.next()) {
            texts.add(new String(members.member().readAllBytes(), StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void membersAreReadOneByOneWithTheirOffsets() throws IOException {
        byte[] first = member("first record");
        byte[] both = concat(first, member("second record"));
        try (GzipMembers members = new GzipMembers(new ByteArrayInputStream(both))) {
            assertTrue(members.next());
            assertEquals(0, members.memberOffset());
            assertEquals("first record", new String(members.member().readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(members.next());
            assertEquals(first.length, members.memberOffset());
            assertEquals("second record", new String(members.member().readAllBytes(), StandardCharsets.UTF_8));
            assertFalse(members.next());
        }
    }

    @Test
    void aWrongChecksumIsCorruptAndTheNextMemberCanBeFound() throws IOException {
        byte[] first = member("first record");
        first[first.length - 8] ^= 1;
        byte[] both = concat(first, member("second record"));
        try (GzipMembers members = new GzipMembers(new ByteArrayInputStream(both))) {
            assertTrue(members.next());
            assertThrows(ZipException.class, () -> members.member().readAllBytes());
            members.skipToNextHeader();
            assertEquals(List.of("second record"), read(members));
        }
    }

    @Test
    void aCutMemberEndsInEofAndGarbageIsNotAHeader() throws IOException {
        byte[] member = member("a record long enough to be cut in the middle of its data");
        try (GzipMembers cut = new GzipMembers(new ByteArrayInputStream(Arrays.copyOf(member, member.length - 12)))) {
            assertTrue(cut.next());
            assertThrows(EOFException.class, () -> cut.member().readAllBytes());
        }
        try (GzipMembers garbage = new GzipMembers(new ByteArrayInputStream("not gzip at all".getBytes(StandardCharsets.US_ASCII)))) {
            assertThrows(ZipException.class, garbage::next);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
