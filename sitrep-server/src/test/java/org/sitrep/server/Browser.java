package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for the end-to-end tests. Skips the test (with a message)
 * when Chromium or its driver is missing; CI installs both. The binaries are named explicitly so Selenium never
 * looks for a driver on the network; each browser gets a fresh profile, removed on close.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or skips the calling test when none is installed. */
    static Browser start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver); end-to-end page tests skipped");
        try {
            Path profile = Files.createTempDirectory("sitrep-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--window-size=1400,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a browser profile folder", e);
        }
    }

    /** Opens a URL and waits until the page's view says it has loaded (or failed). */
    void open(String url) {
        driver.get(url);
        awaitView();
    }

    /** Waits until the current view has rendered. */
    void awaitView() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String state = d.findElement(By.id("view")).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Saves a screenshot of the whole page under target/screenshots, for a person to look at. */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(3000, height.intValue() + 100)));
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** Closes a test class's browser and server, either of which may not have started. */
    static void closeBoth(Browser browser, Served served) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (served != null) {
                served.close();
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A profile left in /tmp is harmless; the test result matters more.
        }
    }
}
