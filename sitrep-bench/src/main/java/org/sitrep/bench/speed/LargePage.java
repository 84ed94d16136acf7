package org.sitrep.bench.speed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic news page of a given size: a head with metadata, navigation, then an article of
 * generated paragraphs (words drawn from a fixed list with a fixed seed, so every run writes the same
 * bytes), a related-links list and a footer. ASCII only, so characters equal bytes.
 */
final class LargePage {

    private static final String[] WORDS = ("harbour council river bridge minister delegation talks ceasefire "
            + "farmers market drought rainfall budget hospital election turnout observers border convoy aid "
            + "agreement protest square police spokesman statement governor village school teachers strike "
            + "negotiators capital province reservoir grain shipment port inspectors report committee vote")
            .split(" ");
    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Council approves river bridge after long talks</title>"
            + "<meta property=\"og:site_name\" content=\"The Synthetic Courier\">"
            + "<meta name=\"author\" content=\"A. Reporter\"></head>\n<body>\n"
            + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
            + "<li><a href=\"/business\">Business</a></li></ul></nav>\n"
            + "<article><h1>Council approves river bridge after long talks</h1>"
            + "<p class=\"byline\">By A. Reporter</p>\n";
    private static final String TAIL = "</article>\n<aside><h2>Related</h2><ul>"
            + "<li><a href=\"/a\">Drought hits farmers</a></li><li><a href=\"/b\">Port reopens</a></li></ul></aside>\n"
            + "<footer><p>Copyright The Synthetic Courier. All rights reserved.</p></footer>\n</body></html>\n";

    private LargePage() {
    }

    /** Writes a page of at least {@code bytes} bytes to {@code file}. */
    static void write(Path file, long bytes) throws IOException {
        Random random = new Random(20_241_003L);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD);
            written += HEAD.length() + TAIL.length();
            while (written < bytes) {
                String paragraph = paragraph(random);
                out.write(paragraph);
                written += paragraph.length();
            }
            out.write(TAIL);
        }
    }

    private static String paragraph(Random random) {
        StringBuilder p = new StringBuilder("<p>");
        int sentences = 3 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            int words = 8 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                p.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                p.append(w == words - 1 ? ". " : " ");
            }
        }
        return p.append("</p>\n").toString();
    }
}
