package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.DocumentSources;
import org.sitrep.ingest.InputFiles;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Ingest;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;

/**
 * What an analyst does first, in headless Chromium on a store holding the seed article (ingested through the
 * store with the real pipeline): search "Taliban", open the article, see its events listed and marked in the
 * text, open Pakistan's page, see the timeline and the network drawn.
 */
class SeedPageIT {

    private static final Path SEED = Path.of(System.getProperty("sitrep.shared", "../shared"), "corpus", "seed");

    @TempDir
    static Path dir;
    static Served served;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEED), "shared seed corpus missing at " + SEED + "; test skipped");
        browser = Browser.start();
        Path store = dir.resolve("store");
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(store), 8, Clock.systemUTC())) {
            Ingest ingest = new Ingest(writer, new ArticleExtractor(), Analyzer.bundled(), failure -> {
                throw new AssertionError(failure.getMessage());
            });
            new DocumentSources(new InputFiles()).read(List.of(SEED.toString()), ingest::add, ingest::failed);
            assertEquals(1, ingest.counts().stored());
        }
        served = Served.over(store);
    }

    @AfterAll
    static void stop() {
        Browser.closeBoth(browser, served);
    }

    @Test
    void searchOpenArticleThenPakistansPage() {
        browser.open(served.base() + "/");
        WebElement box = browser.await(By.cssSelector("#global-search input"));
        box.sendKeys("Taliban");
        browser.driver.findElement(By.cssSelector("#global-search button")).click();
        browser.awaitView();
        WebElement result = browser.await(By.cssSelector(".result-title"));
        assertFalse(browser.driver.findElements(By.cssSelector(".snippet mark")).isEmpty(), "no hit marked");
        browser.screenshot("seed-search");

        result.click();
        browser.awaitView();
        List<WebElement> cards = browser.driver.findElements(By.cssSelector(".event-card"));
        List<WebElement> triggers = browser.driver.findElements(By.cssSelector("#article-text .trigger"));
        assertTrue(cards.size() >= 3, "events listed: " + cards.size());
        assertTrue(triggers.size() >= 3, "triggers marked: " + triggers.size());
        assertFalse(browser.driver.findElements(By.cssSelector("#article-text .mention")).isEmpty());
        cards.get(0).click();
        assertFalse(browser.await(By.cssSelector("#article-text .sent.focused")).getText().isEmpty());
        browser.screenshot("seed-article");

        browser.driver.findElement(By.cssSelector(".actor-chip[data-code='PAK']")).click();
        browser.awaitView();
        assertEquals("Pakistan", browser.await(By.id("actor-name")).getText());
        WebElement timeline = browser.driver.findElement(By.id("timeline"));
        assertFalse(timeline.findElements(By.cssSelector("svg rect.bar")).isEmpty(), "no timeline bars");
        WebElement network = browser.driver.findElement(By.id("network"));
        assertEquals("true", network.getAttribute("data-drawn"));
        assertTrue(Integer.parseInt(network.getAttribute("data-nodes")) >= 2, network.getAttribute("data-nodes"));
        assertFalse(network.findElements(By.tagName("canvas")).isEmpty(), "network has no canvas");
        browser.screenshot("seed-actor");
    }
}
