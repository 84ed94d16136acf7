package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Problem;

class TruncationDetectorTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Talks</title>"
            + "<script>if (a < b && c > d) { document.write('<div>'); }</script>"
            + "<style>p > a { color: red }</style></head>"
            + "<body><!-- ad slot --><p title=\"a > b\">The envoys met.</p><p>They agreed.</p></body></html>";

    private final TruncationDetector detector = new TruncationDetector();

    private Optional<String> message(String html) {
        return detector.check(html).map(Problem::message);
    }

    @Test
    void aCompletePageIsNotTruncated() {
        assertEquals(Optional.empty(), detector.check(PAGE));
    }

    @Test
    void aFragmentWithoutHtmlOrBodyTagsIsNotTruncated() {
        assertEquals(Optional.empty(), detector.check("<p>The envoys met.</p><p>They agreed"));
    }

    @Test
    void endingInsideATagIsTruncated() {
        String cut = PAGE.substring(0, PAGE.indexOf("<p>They") + 2);
        assertEquals(Optional.of("the page ends inside a tag (<p ...): it looks cut off"), message(cut));
        assertEquals("truncated", detector.check(cut).orElseThrow().kind());
    }

    @Test
    void endingRightAfterTheOpeningBracketIsTruncated() {
        String cut = PAGE.substring(0, PAGE.indexOf("<p>They") + 1);
        assertEquals(Optional.of("the page ends inside a tag: it looks cut off"), message(cut));
    }

    @Test
    void endingInsideAnAttributeValueIsTruncated() {
        String cut = PAGE.substring(0, PAGE.indexOf("a > b") + 3);
        assertEquals(Optional.of("the page ends inside an attribute value (<p ...): it looks cut off"), message(cut));
    }

    @Test
    void endingInsideACommentIsTruncated() {
        String cut = PAGE.substring(0, PAGE.indexOf("ad slot"));
        assertEquals(Optional.of("the page ends inside a comment: it looks cut off"), message(cut));
    }

    @Test
    void endingInsideAScriptIsTruncated() {
        String cut = PAGE.substring(0, PAGE.indexOf("document.write"));
        assertEquals(Optional.of("the page ends inside a <script> element: it looks cut off"), message(cut));
    }

    @Test
    void endingInTextWithoutClosingBodyOrHtmlIsTruncated() {
        String cut = PAGE.substring(0, PAGE.indexOf("They agreed") + 4);
        assertEquals(Optional.of("the page ends without closing </body> or </html>: it looks cut off"), message(cut));
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> detector.check(null));
    }
}
