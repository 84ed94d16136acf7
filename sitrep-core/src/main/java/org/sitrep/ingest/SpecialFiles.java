package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.sitrep.pipeline.Problem;

/**
 * Says why a path is not a file that can be read: missing, a broken symbolic link, a folder, or a
 * named pipe, socket or device (opening a pipe would wait for a writer forever, so it is never opened).
 */
final class SpecialFiles {

    // File type bits of the Unix st_mode, as reported by the "unix:mode" attribute.
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /** The problem with {@code path}, which is not a regular file. */
    static Problem describe(Path path) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return new Problem("unreadable", "broken symbolic link (its target " + target(path) + " does not exist)");
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return new Problem("missing", "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            return new Problem("unreadable", "is a folder, not a file");
        }
        return new Problem("unreadable", "not a regular file (" + kind(path) + "), so it is not read");
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "of the link";
        }
    }

    private static String kind(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & TYPE_MASK;
            switch (type) {
                case FIFO:
                    return "a named pipe";
                case SOCKET:
                    return "a socket";
                case CHARACTER_DEVICE:
                case BLOCK_DEVICE:
                    return "a device";
                default:
                    return "a special file";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a named pipe, socket or device";
        }
    }
}
