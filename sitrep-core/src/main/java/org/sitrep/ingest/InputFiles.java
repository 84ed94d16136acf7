package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.pipeline.DocumentException;
import org.sitrep.pipeline.Problem;

/**
 * Expands the paths a user gives (files, folders walked recursively in name order, {@code -} for
 * standard input) and reads each document's bytes, refusing what cannot be a document.
 */
public final class InputFiles {

    /** Pages larger than this are refused rather than risking the heap. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public InputFiles(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public InputFiles() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * Lists the files behind {@code arguments} in order; {@code -} stays as it is. A path that does not
     * exist or a folder that cannot be listed is reported to {@code errors} and skipped.
     */
    public List<String> expand(List<String> arguments, Consumer<DocumentException> errors) {
        Objects.requireNonNull(arguments, "arguments");
        List<String> sources = new ArrayList<>();
        for (String argument : arguments) {
            if ("-".equals(argument)) {
                sources.add(argument);
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isRegularFile(path)) {
                sources.add(argument);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(sources::add);
                } catch (IOException | UncheckedIOException e) {
                    errors.accept(new DocumentException(argument,
                            new Problem("unreadable", "cannot list folder: " + e.getMessage())));
                }
            } else {
                errors.accept(new DocumentException(argument, new Problem("missing", "no such file or folder")));
            }
        }
        return sources;
    }

    /** Reads one source's bytes, or throws a {@link DocumentException} naming it and the problem. */
    public RawDocument read(String source) {
        try {
            if ("-".equals(source)) {
                return new RawDocument("-", readBounded(System.in, source));
            }
            Path path = Path.of(source);
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new RawDocument(source, readBounded(in, source));
            }
        } catch (IOException e) {
            throw new DocumentException(source, new Problem("unreadable", "cannot read: " + e.getMessage()));
        }
    }

    private byte[] readBounded(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(source, bytes.length);
        }
        return bytes;
    }

    private DocumentException tooLarge(String source, long size) {
        return new DocumentException(source, new Problem("too-large",
                "document is " + size + " bytes, over the limit of " + maxBytes + " bytes"));
    }
}
