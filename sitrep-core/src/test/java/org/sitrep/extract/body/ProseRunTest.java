package org.sitrep.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseRunTest {

    private static Block prose(String text) {
        return new Block(text, Block.Kind.PARAGRAPH, 0, 0);
    }

    private static Block link(String text) {
        return new Block(text, Block.Kind.LIST_ITEM, text.length(), 0);
    }

    @Test
    void picksTheLongestRunOfProseAndLeavesAStrayFooterParagraphOut() {
        Block a = prose("The first paragraph of the story tells what happened at the pier on Tuesday night.");
        Block b = prose("The second paragraph adds what the harbour master said about the storm damage.");
        Block footer = prose("This site contains material used under fair use for the purposes of research"
                + " and education, without profit, for readers who asked for it.");
        List<Block> blocks = List.of(link("Home"), link("News"), a, b, link("Share on Facebook"),
                link("Privacy policy"), link("Terms of use"), link("Contact us"), footer);
        assertEquals(List.of(a, b), ProseRun.densest(blocks));
    }

    @Test
    void givesNothingWhenThereIsNoProse() {
        assertEquals(List.of(), ProseRun.densest(List.of(link("Home"), link("News"))));
    }
}
