package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.TextChunker.Chunk;
import org.sitrep.nlp.TextChunker.Cut;

class TextChunkerTest {

    private static void assertCovers(String text, int limit, int size, List<Chunk> chunks) {
        int at = 0;
        for (Chunk chunk : chunks) {
            assertEquals(at, chunk.start(), "no gap before " + chunk);
            assertTrue(chunk.end() > chunk.start() && chunk.end() - chunk.start() <= size, chunk.toString());
            if (chunk.end() < text.length()) {
                assertFalse(Character.isLowSurrogate(text.charAt(chunk.end())), "pair split at " + chunk.end());
            }
            at = chunk.end();
        }
        assertEquals(limit, at);
    }

    @Test
    void aShortTextIsOneChunk() {
        assertEquals(List.of(new Chunk(0, 11, Cut.END)), TextChunker.chunks("Kabul said.", 11, 100));
        assertEquals(List.of(), TextChunker.chunks("", 0, 100));
    }

    @Test
    void tenThousandSentencesAreCutAtParagraphsWithoutGaps() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append("Sentence number ").append(i).append(" reports a quiet day.");
            text.append(i % 5 == 4 ? "\n\n" : " ");
        }
        String doc = text.toString();
        List<Chunk> chunks = TextChunker.chunks(doc, doc.length(), 2_000);
        assertCovers(doc, doc.length(), 2_000, chunks);
        assertTrue(chunks.size() > 100, "chunks: " + chunks.size());
        for (Chunk chunk : chunks.subList(0, chunks.size() - 1)) {
            assertEquals(Cut.PARAGRAPH, chunk.cut());
            assertTrue(doc.startsWith("\n\n", chunk.end() - 2), "ends after a blank line: " + chunk);
        }
    }

    @Test
    void withoutParagraphsItFallsBackToLinesThenSentencesThenSpaces() {
        String lines = "row one 1 2 3\nrow two 4 5 6\nrow three 7 8 9\n";
        assertEquals(Cut.LINE, TextChunker.chunks(lines, lines.length(), 20).get(0).cut());
        String sentences = "Iran spoke. Peru answered. Chad agreed.";
        Chunk first = TextChunker.chunks(sentences, sentences.length(), 20).get(0);
        assertEquals(new Chunk(0, 12, Cut.SENTENCE), first);
        String words = "one two three four five six seven eight nine ten";
        Chunk cut = TextChunker.chunks(words, words.length(), 20).get(0);
        assertEquals(Cut.SPACE, cut.cut());
        assertTrue(cut.cut().breaksSentence());
    }

    @Test
    void aRunWithoutSpacesIsCutInsideAWordButNeverInsideASurrogatePair() {
        String emoji = "\uD83D\uDE00".repeat(20);
        List<Chunk> chunks = TextChunker.chunks(emoji, emoji.length(), 7);
        assertCovers(emoji, emoji.length(), 7, chunks);
        for (Chunk chunk : chunks) {
            assertEquals(0, chunk.end() % 2, "ends between pairs: " + chunk);
        }
        assertEquals(Cut.WORD, chunks.get(0).cut());
    }

    @Test
    void onlyTheTextUpToTheLimitIsChunked() {
        String text = "Iran spoke.\n\nPeru answered.\n\nChad agreed.";
        List<Chunk> chunks = TextChunker.chunks(text, 27, 14);
        assertCovers(text, 27, 14, chunks);
        assertThrows(IllegalArgumentException.class, () -> TextChunker.chunks(text, text.length() + 1, 14));
        assertThrows(IllegalArgumentException.class, () -> TextChunker.chunks(text, 5, 1));
    }
}
