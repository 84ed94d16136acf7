package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Problem;

class NlpProblemsTest {

    @Test
    void repeatedProblemsOfOneKindBecomeOneWithACount() {
        NlpProblems problems = new NlpProblems();
        for (int row = 0; row < 10_000; row++) {
            problems.add("nlp-long-sentence", "row " + row + " was not parsed");
        }
        problems.add("nlp-cut", "cut at 40000");
        assertEquals(List.of(new Problem("nlp-long-sentence", "row 0 was not parsed (and 9999 more like it)"),
                new Problem("nlp-cut", "cut at 40000")), problems.list());
    }

    @Test
    void noProblemsGiveAnEmptyList() {
        assertEquals(List.of(), new NlpProblems().list());
    }
}
