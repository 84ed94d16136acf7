package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Document;
import org.sitrep.extract.Extraction;
import org.sitrep.pipeline.Problem;

class TextViewTest {

    private static final String PARAGRAPH = "The foreign ministers of four countries met on Wednesday and issued a "
            + "joint statement that condemned the armed group for the kidnappings.";

    @Test
    void fieldsComeInOrderThenTheWrappedBody() {
        Document document = new Document("ab", "in/story.html", "html", "Ministers meet", List.of("A. Writer", "B. Writer"),
                "2026-11-12", "The Meridian Post", List.of("Asia", "Security"), "en",
                PARAGRAPH + "\n\n* a list item that is long enough to need wrapping onto a second line of the page view");
        String view = TextView.render(new Extraction(document, List.of(new Problem("encoding", "guessed windows-1252"))));
        assertEquals("""
                == Ministers meet
                source:    in/story.html (html)
                authors:   A. Writer, B. Writer
                published: 2026-11-12
                publisher: The Meridian Post
                tags:      Asia, Security
                language:  en
                problem:   encoding: guessed windows-1252

                The foreign ministers of four countries met on Wednesday and issued a joint
                statement that condemned the armed group for the kidnappings.

                * a list item that is long enough to need wrapping onto a second line of the
                  page view
                """, view);
    }

    @Test
    void unknownFieldsAreLeftOutAndLongWordsStayWhole() {
        String url = "https://example.org/" + "x".repeat(100);
        Document document = new Document("ab", "<stdin>", "text", null, List.of(), null, null, List.of(), null,
                "See " + url + " for more.");
        assertEquals("== (no title)\nsource:    <stdin> (text)\n\nSee\n" + url + "\nfor more.\n",
                TextView.render(new Extraction(document, List.of())));
    }
}
