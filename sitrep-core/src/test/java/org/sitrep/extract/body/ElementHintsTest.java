package org.sitrep.extract.body;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementHintsTest {

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void splitsNamesIntoWordsAtDashesUnderscoresAndCaseChanges() {
        String words = ElementHints.nameWords(element("<div class='shareBar' id='related_posts' role='main'></div>"));
        assertTrue(words.contains(" share bar "), words);
        assertTrue(words.contains(" related posts "), words);
        assertTrue(words.contains(" main "), words);
    }

    @Test
    void matchesWholeWordsOnly() {
        assertTrue(ElementHints.namesStrongFurniture(ElementHints.nameWords(element("<div class='ad-slot'></div>"))));
        assertFalse(ElementHints.namesStrongFurniture(ElementHints.nameWords(element("<div class='header'></div>"))));
        assertFalse(ElementHints.namesStrongFurniture(ElementHints.nameWords(element("<div class='loaded'></div>"))));
    }

    @Test
    void letsAContentWordOutweighOnlyWeakFurnitureWords() {
        assertFalse(ElementHints.namesWeakFurniture(ElementHints.nameWords(element("<div class='article-meta'></div>"))));
        assertTrue(ElementHints.namesWeakFurniture(ElementHints.nameWords(element("<div class='meta'></div>"))));
        assertTrue(ElementHints.namesStrongFurniture(
                ElementHints.nameWords(element("<div class='article-comments'></div>"))));
    }

    @Test
    void treatsEmbeddedPostsAsContent() {
        assertFalse(ElementHints.namesStrongFurniture(
                ElementHints.nameWords(element("<div class='social-media-embed'></div>"))));
    }

    @Test
    void seesHiddenElements() {
        assertTrue(ElementHints.isHidden(element("<div style='display: none'>x</div>")));
        assertTrue(ElementHints.isHidden(element("<div hidden>x</div>")));
        assertFalse(ElementHints.isHidden(element("<div style='color: red'>x</div>")));
    }
}
