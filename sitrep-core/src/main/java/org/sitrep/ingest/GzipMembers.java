package org.sitrep.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Reads a gzip stream member by member, knowing where each member starts in the compressed bytes. A web
 * archive compresses each record as a member of its own, so a corrupt member costs one record: the reader
 * skips to the next member header and goes on, which {@link java.util.zip.GZIPInputStream} cannot do.
 *
 * <pre>{@code
 * GzipMembers members = new GzipMembers(in);
 * while (members.next()) {
 *     InputStream member = members.member();   // the member's uncompressed bytes, until its end
 * }
 * }</pre>
 *
 * Not thread-safe. Holds one 64 KiB buffer and one {@link Inflater}; {@link #close()} frees the inflater
 * (it does not close {@code in}).
 */
final class GzipMembers implements AutoCloseable {

    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int FHCRC = 2;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private int position;
    private int limit;
    private long bufferOffset; // offset in the compressed stream of buffer[0]
    private long memberOffset = -1;
    private long memberSize;

    GzipMembers(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** The offset in the compressed stream where the current member starts. */
    long memberOffset() {
        return memberOffset;
    }

    /**
     * Moves to the next member and reads its header.
     *
     * @return false at the end of the stream
     * @throws ZipException when the bytes here are not a gzip member header (call {@link #skipToNextHeader()})
     * @throws EOFException when the stream ends inside the header
     */
    boolean next() throws IOException {
        if (!ensure(1)) {
            return false;
        }
        memberOffset = offset();
        if (!ensure(10)) {
            throw new EOFException("the archive ends inside a gzip header (truncated)");
        }
        if ((buffer[position] & 0xFF) != 0x1F || (buffer[position + 1] & 0xFF) != 0x8B || buffer[position + 2] != 8) {
            throw new ZipException("not a gzip member header");
        }
        int flags = buffer[position + 3] & 0xFF;
        position += 10;
        if ((flags & FEXTRA) != 0) {
            need(2);
            int length = (buffer[position] & 0xFF) | (buffer[position + 1] & 0xFF) << 8;
            position += 2;
            skip(length);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
        inflater.reset();
        if (limit > position) {
            inflater.setInput(buffer, position, limit - position);
        }
        crc.reset();
        memberSize = 0;
        return true;
    }

    /** The current member's uncompressed bytes; the stream ends where the member does, its trailer checked. */
    InputStream member() {
        return new InputStream() {
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                if (done) {
                    return -1;
                }
                if (len == 0) {
                    return 0;
                }
                int n = inflate(b, off, len);
                if (n < 0) {
                    done = true;
                }
                return n;
            }
        };
    }

    private int inflate(byte[] b, int off, int len) throws IOException {
        try {
            while (true) {
                if (inflater.finished()) {
                    position = limit - inflater.getRemaining();
                    checkTrailer();
                    return -1;
                }
                if (inflater.needsInput()) {
                    position = limit;
                    if (!ensure(1)) {
                        throw new EOFException("the archive ends inside a gzip member (truncated)");
                    }
                    inflater.setInput(buffer, position, limit - position);
                }
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    crc.update(b, off, n);
                    memberSize += n;
                    return n;
                }
                if (inflater.needsDictionary()) {
                    throw new ZipException("corrupt gzip data (asks for a preset dictionary)");
                }
            }
        } catch (DataFormatException e) {
            position = limit - inflater.getRemaining();
            throw new ZipException("corrupt gzip data (" + e.getMessage() + ")");
        }
    }

    private void checkTrailer() throws IOException {
        need(8);
        long storedCrc = readIntLe();
        long storedSize = readIntLe();
        if (storedCrc != crc.getValue()) {
            throw new ZipException("corrupt gzip member (its checksum does not match its data)");
        }
        if (storedSize != (memberSize & 0xFFFFFFFFL)) {
            throw new ZipException("corrupt gzip member (its length does not match its data)");
        }
    }

    /**
     * After an error, moves to the next byte sequence that starts a gzip member (or to the end), so that
     * {@link #next()} can go on from there.
     */
    void skipToNextHeader() throws IOException {
        position = Math.max(position, (int) Math.min(limit, memberOffset + 1 - bufferOffset));
        while (ensure(3)) {
            if ((buffer[position] & 0xFF) == 0x1F && (buffer[position + 1] & 0xFF) == 0x8B && buffer[position + 2] == 8) {
                return;
            }
            position++;
        }
        position = limit; // fewer than three bytes left: no header can start here
    }

    private long offset() {
        return bufferOffset + position;
    }

    private long readIntLe() {
        long value = (buffer[position] & 0xFFL) | (buffer[position + 1] & 0xFFL) << 8
                | (buffer[position + 2] & 0xFFL) << 16 | (buffer[position + 3] & 0xFFL) << 24;
        position += 4;
        return value;
    }

    private void skipZeroTerminated() throws IOException {
        do {
            need(1);
        } while (buffer[position++] != 0);
    }

    private void skip(int count) throws IOException {
        for (int left = count; left > 0; ) {
            need(1);
            int step = Math.min(left, limit - position);
            position += step;
            left -= step;
        }
    }

    private void need(int count) throws IOException {
        if (!ensure(count)) {
            throw new EOFException("the archive ends inside a gzip header or trailer (truncated)");
        }
    }

    /** Makes {@code count} bytes available from {@code position}; false when the stream ends first. */
    private boolean ensure(int count) throws IOException {
        if (limit - position >= count) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        bufferOffset += position;
        limit -= position;
        position = 0;
        while (limit < count) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                return false;
            }
            limit += n;
        }
        return true;
    }

    @Override
    public void close() {
        inflater.end();
    }
}
