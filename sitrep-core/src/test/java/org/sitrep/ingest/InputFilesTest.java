package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.DocumentException;

class InputFilesTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();

    private List<String> expand(InputFiles files, String... arguments) {
        return files.expand(List.of(arguments), e -> errors.add(e.getMessage()));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void foldersAreWalkedRecursivelyInNameOrder() throws IOException {
        write("b.html", "<p>b</p>");
        write("a/z.txt", "z");
        write("a/c.md", "c");
        write("c.txt", "c");
        List<String> sources = expand(new InputFiles(), dir.toString());
        assertEquals(List.of(dir.resolve("a/c.md").toString(), dir.resolve("a/z.txt").toString(),
                dir.resolve("b.html").toString(), dir.resolve("c.txt").toString()), sources);
        assertEquals(List.of(), errors);
    }

    @Test
    void hiddenEntriesAndFolderNotesAreSkippedWhenWalkingButNotWhenNamed() throws IOException {
        write("story.txt", "text");
        Path readme = write("README.md", "# notes");
        write("LICENSE", "licence");
        write(".hidden.html", "<p>x</p>");
        write(".git/config", "[core]");
        assertEquals(List.of(dir.resolve("story.txt").toString()), expand(new InputFiles(), dir.toString()));
        assertEquals(List.of(readme.toString()), expand(new InputFiles(), readme.toString()));
    }

    @Test
    void aMissingPathIsReportedAndTheRestGoesOn() throws IOException {
        Path story = write("story.txt", "text");
        List<String> sources = expand(new InputFiles(), dir.resolve("nope.html").toString(), story.toString());
        assertEquals(List.of(story.toString()), sources);
        assertEquals(List.of(dir.resolve("nope.html") + ": no such file or folder"), errors);
    }

    @Test
    void aBrokenSymbolicLinkInAFolderIsReported() throws IOException {
        write("story.txt", "text");
        Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("deleted.html"));
        List<String> sources = expand(new InputFiles(), dir.toString());
        assertEquals(List.of(dir.resolve("story.txt").toString()), sources);
        assertEquals(List.of(dir.resolve("gone.html") + ": broken symbolic link (its target "
                + dir.resolve("deleted.html") + " does not exist)"), errors);
    }

    @Test
    void aNamedPipeIsReportedAndNeverOpened() throws Exception {
        Path fifo = dir.resolve("pipe.html");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        List<String> sources = expand(new InputFiles(), dir.toString());
        assertEquals(List.of(), sources);
        assertEquals(List.of(fifo + ": not a regular file (a named pipe), so it is not read"), errors);
        DocumentException e = assertThrows(DocumentException.class, () -> new InputFiles().read(fifo.toString()));
        assertEquals("unreadable", e.problem().kind());
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aFolderNamedLikeAFileIsWalkedAndCannotBeReadAsAFile() throws IOException {
        Path inner = write("story.html/part.txt", "text");
        assertEquals(List.of(inner.toString()), expand(new InputFiles(), dir.toString()));
        DocumentException e = assertThrows(DocumentException.class,
                () -> new InputFiles().read(dir.resolve("story.html").toString()));
        assertEquals(dir.resolve("story.html") + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void aFileThatVanishesAfterListingGivesAClearError() throws IOException {
        Path story = write("story.txt", "text");
        List<String> sources = expand(new InputFiles(), dir.toString());
        Files.delete(story);
        DocumentException e = assertThrows(DocumentException.class, () -> new InputFiles().read(sources.get(0)));
        assertEquals("missing", e.problem().kind());
        assertEquals("no such file (was it moved or deleted after the folder was listed?)", e.problem().message());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.html");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: takes no disk space
        }
        DocumentException e = assertThrows(DocumentException.class, () -> new InputFiles().read(big.toString()));
        assertEquals("too-large", e.problem().kind());
        assertEquals("document is 50.0 MiB (52428800 bytes), over the limit of 16.0 MiB (16777216 bytes)",
                e.problem().message());
    }

    @Test
    void aFileAtTheLimitIsRead() throws IOException {
        Path story = write("story.txt", "0123456789");
        assertArrayEquals("0123456789".getBytes(StandardCharsets.US_ASCII), new InputFiles(10).read(story.toString()).content());
        assertThrows(DocumentException.class, () -> new InputFiles(9).read(story.toString()));
    }

    @Test
    void standardInputIsReadOnceWithTheLimit() {
        byte[] text = "The envoys met.".getBytes(StandardCharsets.UTF_8);
        RawDocument document = new InputFiles(100, new ByteArrayInputStream(text)).read("-");
        assertEquals(InputFiles.STDIN_SOURCE, document.source());
        assertArrayEquals(text, document.content());
        DocumentException e = assertThrows(DocumentException.class,
                () -> new InputFiles(10, new ByteArrayInputStream(text)).read("-"));
        assertEquals("<stdin>: document is over the limit of 10 bytes", e.getMessage());
    }

    @Test
    void standardInputStaysInPlaceWhenExpanding() throws IOException {
        Path story = write("story.txt", "text");
        assertEquals(List.of("-", story.toString()), expand(new InputFiles(), "-", story.toString()));
    }

    @Test
    void limitsOutsideTheAllowedRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new InputFiles(0));
        assertThrows(IllegalArgumentException.class, () -> new InputFiles(InputFiles.MAX_LIMIT + 1));
        assertThrows(NullPointerException.class, () -> new InputFiles(10, null));
    }
}
