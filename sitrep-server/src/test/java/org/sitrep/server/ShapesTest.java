package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShapesTest {

    @Test
    void snippetBecomesTextPiecesWithHitsMarked() {
        List<Map<String, Object>> parts = Shapes.snippet("the <b>Taliban</b> &amp; its &lt;allies&gt;");
        assertEquals(List.of(Map.of("text", "the ", "hit", false), Map.of("text", "Taliban", "hit", true),
                Map.of("text", " & its <allies>", "hit", false)), parts);
    }

    @Test
    void escapedMarkupInTheTextStaysText() {
        List<Map<String, Object>> parts = Shapes.snippet("&lt;script&gt;x&lt;/script&gt; <b>talks</b>");
        assertEquals("<script>x</script> ", parts.get(0).get("text"));
        assertEquals("talks", parts.get(1).get("text"));
    }

    @Test
    void unclosedHitRunsToTheEnd() {
        assertEquals(List.of(Map.of("text", "a ", "hit", false), Map.of("text", "b", "hit", true)),
                Shapes.snippet("a <b>b"));
    }

    @Test
    void typesFallOnTheStoresSides() {
        assertEquals("cooperation", Shapes.side("AGREE"));
        assertEquals("conflict", Shapes.side("REQUEST"));
        assertEquals("conflict", Shapes.side("ASSAULT"));
    }
}
