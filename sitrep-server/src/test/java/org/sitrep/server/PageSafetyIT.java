package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The real page in headless Chromium over the hand-analysed store: markup in an article shows as text and
 * never runs, the pages answer a person's clicks, and an export link carries the filters on screen.
 */
class PageSafetyIT {

    @TempDir
    static Path dir;
    static Served served;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        served = Served.over(Corpus.write(dir));
    }

    @AfterAll
    static void stop() {
        Browser.closeBoth(browser, served);
    }

    @Test
    void articleWithScriptInItShowsTheScriptAsText() {
        browser.open(served.base() + "/#/search?q=ferry");
        WebElement title = browser.await(By.cssSelector(".result-title"));
        assertEquals(Corpus.HOSTILE_TITLE, title.getText());
        title.click();
        browser.awaitView();
        assertEquals(Corpus.HOSTILE_TITLE, browser.await(By.id("article-title")).getText());
        assertTrue(browser.driver.findElement(By.id("article-text")).getText().contains("<img src=x onerror="));
        assertTrue(browser.driver.findElements(By.cssSelector("#view script, #view img")).isEmpty());
        assertNull(browser.driver.executeScript("return window.pwned === undefined ? null : window.pwned;"));
        browser.screenshot("hostile-article");
    }

    @Test
    void clickingATypeFacetNarrowsTheArticlesAndItsChipUndoesIt() {
        browser.open(served.base() + "/#/search");
        browser.await(By.cssSelector("#facets[data-state='ready']"));
        int all = browser.driver.findElements(By.cssSelector(".result")).size();
        WebElement accuse = facet("type", "ACCUSE");
        long expected = Long.parseLong(accuse.findElement(By.cssSelector(".facet-count")).getText());
        assertTrue(expected < all, expected + " of " + all);
        accuse.click();
        WebElement chip = browser.await(By.cssSelector(".filter-chip[data-filter='type']"));
        browser.await(By.cssSelector("#facets[data-state='ready']"));
        assertTrue(browser.driver.getCurrentUrl().contains("type=ACCUSE"));
        assertEquals(expected, browser.driver.findElements(By.cssSelector(".result")).size());
        // The counts beside the list now come from its articles: the chosen type holds every one of them.
        assertEquals(String.valueOf(expected), facet("type", "ACCUSE").findElement(By.cssSelector(".facet-count"))
                .getText());
        browser.screenshot("search-facet");
        chip.click();
        browser.await(By.cssSelector("#facets[data-state='ready']"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".filter-chip")).isEmpty());
        assertEquals(all, browser.driver.findElements(By.cssSelector(".result")).size());
    }

    private static WebElement facet(String name, String value) {
        return browser.driver.findElements(By.cssSelector(".facet[data-facet='" + name + "'] li a")).stream()
                .filter(a -> a.findElement(By.cssSelector(".facet-label")).getText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " facet " + value));
    }

    @Test
    void sourceThatIsNotAWebAddressIsNoLink() {
        browser.open(served.base() + "/#/search?q=ferry");
        browser.await(By.cssSelector(".result-title")).click();
        browser.awaitView();
        List<WebElement> links = browser.driver.findElements(By.cssSelector(".article-head .source a"));
        assertTrue(links.isEmpty(), "javascript: source became a link");
        assertTrue(browser.driver.findElement(By.cssSelector(".article-head .source")).getText()
                .contains("javascript:alert(1)"));
    }

    @Test
    void clickingAnEventMarksItsSentence() {
        browser.open(served.base() + "/#/search?q=Taliban");
        browser.await(By.cssSelector(".result-title")).click();
        browser.awaitView();
        List<WebElement> cards = browser.driver.findElements(By.cssSelector(".event-card"));
        assertEquals(3, cards.size());
        assertEquals(3, browser.driver.findElements(By.cssSelector("#article-text .trigger.conf")).size());
        cards.get(1).click();
        WebElement focused = browser.await(By.cssSelector("#article-text .sent.focused"));
        assertTrue(focused.getText().length() > 0);
        String sentence = (String) browser.driver.executeScript("return Array.from(document.querySelectorAll("
                + "'#article-text .sent.focused')).map(n => n.textContent).join('');");
        assertTrue(sentence.startsWith("The Taliban rejected the charge"), sentence);
        browser.screenshot("article");
    }

    @Test
    void eventsPageExportLinksCarryTheFilters() {
        browser.open(served.base() + "/#/events?actor=PAK&factuality=asserted");
        WebElement csv = browser.await(By.id("export-csv"));
        String href = csv.getAttribute("href");
        assertTrue(href.contains("actor=PAK") && href.contains("factuality=asserted") && href.contains("format=csv"),
                href);
        assertEquals(4, browser.driver.findElements(By.cssSelector(".events-table tbody tr")).size());
        browser.screenshot("events");
    }

    @Test
    void assertedOnlyIsOneClickOnTheActorPage() {
        browser.open(served.base() + "/#/actor/IND");
        assertEquals("1", browser.await(By.id("timeline")).getAttribute("data-months"));
        browser.driver.findElement(By.id("asserted-only")).click();
        browser.awaitView();
        assertTrue(browser.driver.getCurrentUrl().contains("factuality=asserted"));
        assertEquals("0", browser.await(By.id("timeline")).getAttribute("data-months"));
        assertEquals("true", browser.driver.findElement(By.id("asserted-only")).getAttribute("aria-pressed"));
    }

    @Test
    void actorPageDrawsTimelineAndNetwork() {
        browser.open(served.base() + "/#/actor/PAK");
        WebElement timeline = browser.await(By.id("timeline"));
        assertFalse(timeline.findElements(By.cssSelector("rect.bar.conflict")).isEmpty());
        WebElement network = browser.driver.findElement(By.id("network"));
        assertEquals("true", network.getAttribute("data-drawn"));
        assertEquals("3", network.getAttribute("data-nodes"));
        assertFalse(network.findElements(By.tagName("canvas")).isEmpty());
        browser.screenshot("actor");
    }
}
