package org.sitrep.bench.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputFiles;

class LargePageCheckTest {

    @Test
    void pageWithinTheLimitIsProcessedAndItsBodyFound() throws Exception {
        LargePageResult result = new LargePageCheck(300_000).run();
        assertEquals(LargePageResult.Outcome.PROCESSED, result.outcome(), result.message());
        assertTrue(result.pageBytes() >= 300_000, "page of " + result.pageBytes() + " bytes");
        // Most of the page is article paragraphs, so the body is most of it.
        assertTrue(result.bodyCharacters() > result.pageBytes() / 2, result.toString());
    }

    @Test
    void pageOverTheInputLimitIsRefusedWithAMessage() throws Exception {
        LargePageResult result = new LargePageCheck(200_000, new InputFiles(100_000)).run();
        assertEquals(LargePageResult.Outcome.REFUSED, result.outcome());
        assertTrue(result.message().contains("over the limit of") && result.message().contains("(100000 bytes)"), result.message());
    }

    @Test
    void generatedPageIsAsciiHtmlOfAtLeastTheSizeAsked(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("page.html");
        LargePage.write(file, 50_000);
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length >= 50_000 && bytes.length < 52_000, bytes.length + " bytes");
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("<!DOCTYPE html>") && text.strip().endsWith("</html>"));
        for (byte b : bytes) {
            assertTrue(b >= 0, "non-ASCII byte");
        }
    }

    @Test
    void sizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LargePageCheck(0));
    }
}
