package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * Expands the paths a user gives (files; folders, walked recursively in name order; {@code -} for
 * standard input) and reads each document's bytes with a bounded buffer, refusing what cannot be read.
 * When walking a folder, hidden entries (names starting with a dot) and the folder's own notes
 * ({@code README}, {@code LICENSE}, {@code COPYING}, any extension) are skipped; files named on the
 * command line are always read.
 *
 * <p>Not thread-safe when reading standard input; otherwise holds no state between calls.
 */
public final class InputFiles {

    /** Documents larger than this are refused by default: well within the launcher's 2 GiB heap. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** The largest limit allowed: one Java array must hold the document. */
    public static final long MAX_LIMIT = 1024L * 1024 * 1024;
    /** The argument that stands for standard input. */
    public static final String STDIN = "-";
    /** The source name given to a document read from standard input. */
    public static final String STDIN_SOURCE = "<stdin>";

    private static final Set<String> FOLDER_NOTES = Set.of("readme", "license", "licence", "copying");

    private final long maxBytes;
    private final InputStream stdin;

    /**
     * @param maxBytes documents larger than this are refused, between 1 and {@link #MAX_LIMIT}
     * @param stdin what {@code -} reads
     */
    public InputFiles(long maxBytes, InputStream stdin) {
        if (maxBytes <= 0 || maxBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_LIMIT + ", got " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    public InputFiles(long maxBytes) {
        this(maxBytes, System.in);
    }

    public InputFiles() {
        this(DEFAULT_MAX_BYTES);
    }

    /** The size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Lists the documents behind {@code arguments} in order; {@code -} stays as it is. Whatever cannot be
     * a document (a path that does not exist, a broken link, a named pipe, a folder that cannot be listed)
     * is reported to {@code errors}, one exception per path, and skipped.
     */
    public List<String> expand(List<String> arguments, Consumer<? super DocumentException> errors) {
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(errors, "errors");
        List<String> sources = new ArrayList<>();
        for (String argument : arguments) {
            if (STDIN.equals(argument)) {
                sources.add(argument);
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                errors.accept(new DocumentException(argument, new Problem("missing", "not a valid path: " + e.getReason())));
                continue;
            }
            if (Files.isDirectory(path)) {
                walk(path, sources, errors, new HashSet<>());
            } else if (Files.isRegularFile(path)) {
                sources.add(argument);
            } else {
                errors.accept(notAFile(argument, path));
            }
        }
        return sources;
    }

    private void walk(Path folder, List<String> sources, Consumer<? super DocumentException> errors, Set<Path> seen) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            if (!seen.add(folder.toRealPath())) {
                return; // a link back to a folder already walked
            }
            entries = list.sorted(Comparator.comparing(entry -> entry.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            errors.accept(new DocumentException(folder.toString(),
                    new Problem("unreadable", "cannot list the folder: " + reason(e))));
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                walk(entry, sources, errors, seen);
            } else if (Files.isRegularFile(entry)) {
                if (!isFolderNote(name)) {
                    sources.add(entry.toString());
                }
            } else {
                errors.accept(notAFile(entry.toString(), entry));
            }
        }
    }

    private static boolean isFolderNote(String name) {
        int dot = name.indexOf('.');
        return FOLDER_NOTES.contains((dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads one source's bytes ({@code -} reads standard input, named {@link #STDIN_SOURCE}).
     *
     * @throws DocumentException naming the source when it is missing, not a file, unreadable or too large
     */
    public RawDocument read(String source) {
        Objects.requireNonNull(source, "source");
        if (STDIN.equals(source)) {
            try {
                return new RawDocument(STDIN_SOURCE, readBounded(stdin, STDIN_SOURCE));
            } catch (IOException e) {
                throw new DocumentException(STDIN_SOURCE, new Problem("unreadable", "cannot read: " + reason(e)));
            }
        }
        Path path = Path.of(source);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw notAFile(source, path);
            }
            if (attributes.size() > maxBytes) {
                throw new DocumentException(source, new Problem("too-large", "document is "
                        + ByteSizes.describe(attributes.size()) + ", over the limit of " + ByteSizes.describe(maxBytes)));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new RawDocument(source, readBounded(in, source));
            }
        } catch (NoSuchFileException e) {
            throw Files.isSymbolicLink(path) ? notAFile(source, path) : new DocumentException(source,
                    new Problem("missing", "no such file (was it moved or deleted after the folder was listed?)"));
        } catch (IOException e) {
            String kind = e instanceof AccessDeniedException ? "permission denied" : "cannot read: " + reason(e);
            throw new DocumentException(source, new Problem("unreadable", kind));
        }
    }

    /** Reads the stream up to one byte past the limit, so a file that grew or a pipe cannot overrun it. */
    private byte[] readBounded(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new DocumentException(source, new Problem("too-large",
                    "document is over the limit of " + ByteSizes.describe(maxBytes)));
        }
        return bytes;
    }

    private static DocumentException notAFile(String source, Path path) {
        return new DocumentException(source, SpecialFiles.describe(path));
    }

    private static String reason(Exception e) {
        if (e instanceof UncheckedIOException unchecked) {
            return reason(unchecked.getCause());
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }
}
