package org.sitrep.bench.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.bench.store.Latencies;

/**
 * How long each view of the page takes in headless Chromium, from asking for its address to the view saying
 * it has drawn (its data and charts in place): a full load of the page each time, after one warm-up load.
 */
final class PageLoad {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final String base;
    private final int rounds;

    PageLoad(String base, int rounds) {
        this.base = base;
        this.rounds = rounds;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /** Loads each view ({@code name -> "#/..." address}) and returns its latencies. */
    List<Latencies> run(Map<String, String> views) throws IOException {
        Path profile = Files.createTempDirectory("sitrep-bench-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Map<String, List<Double>> byView = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> view : views.entrySet()) {
                load(driver, view.getValue());
                for (int round = 0; round < rounds; round++) {
                    driver.get("about:blank");
                    long t0 = System.nanoTime();
                    load(driver, view.getValue());
                    byView.computeIfAbsent(view.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
                }
            }
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
        List<Latencies> out = new ArrayList<>();
        byView.forEach((name, millis) -> out.add(new Latencies(name, millis)));
        return out;
    }

    private void load(ChromeDriver driver, String hash) {
        driver.get(base + "/" + hash);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            String state = d.findElement(By.id("view")).getAttribute("data-state");
            if ("error".equals(state)) {
                throw new IllegalStateException(hash + " failed: " + d.findElement(By.id("view")).getText());
            }
            return "ready".equals(state);
        });
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a browser profile left in /tmp is not worth failing a finished benchmark for
        }
    }
}
