package org.sitrep.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The writer's lock on a store: an operating-system lock on {@code writer.lock}, holding the writer's pid.
 * The system drops the lock when the process dies, even by SIGKILL, so a crashed writer never blocks the next.
 */
final class StoreLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, or fails at once when another writer holds it.
     *
     * @throws StoreException "store DIR is being written by another process (pid N)"
     */
    static StoreLock acquire(StoreDirectory store) {
        Path file = store.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(store.root());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(file);
                channel.close();
                throw new StoreException("store " + store.root() + " is being written by another process"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")") + "; wait for it to finish");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new StoreLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock store " + store.root() + " for writing: " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this process already writes the store
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock error is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot release the store lock: " + e.getMessage(), e);
        }
    }
}
