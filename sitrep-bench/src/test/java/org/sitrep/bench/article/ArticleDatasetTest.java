package org.sitrep.bench.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleDatasetTest {

    @Test
    void readsGoldBodiesInIdOrderWithTheirUrls(@TempDir Path tmp) throws Exception {
        ArticleDataset dataset = ArticleDataset.open(MiniBenchmark.write(tmp));
        assertEquals(List.of(MiniBenchmark.HARBOUR, MiniBenchmark.BRIDGE),
                dataset.pages().stream().map(BenchmarkPage::id).toList());
        assertEquals("https://news.example/harbour", dataset.pages().get(0).url());
        assertTrue(dataset.pages().get(1).gold().startsWith("The council approved"));
        assertEquals(1, dataset.firstPages(1).size());
        assertEquals(2, dataset.firstPages(10).size());
        assertTrue(Files.isRegularFile(dataset.input(MiniBenchmark.BRIDGE, InputKind.FAST_HTML2MD)));
    }

    @Test
    void folderWithoutTheBenchmarkIsRefusedWithItsPath(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleDataset.open(tmp));
        assertTrue(e.getMessage().contains(tmp.getFileName().toString()), e.getMessage());
    }

    @Test
    void runnerRefusesRenderingsAnExtractorDoesNotRead(@TempDir Path tmp) throws Exception {
        ArticleDataset dataset = ArticleDataset.open(MiniBenchmark.write(tmp));
        ExtractionRunner runner = new ExtractionRunner(dataset);
        assertThrows(IllegalArgumentException.class,
                () -> runner.run(BodyExtractor.readability4j(), InputKind.HTML2TEXT, dataset.pages()));
    }

    @Test
    void predictionsAreWrittenAsScorePyReadsThem(@TempDir Path tmp) throws Exception {
        ArticleDataset dataset = ArticleDataset.open(MiniBenchmark.write(tmp.resolve("data")));
        ExtractionRun run = new ExtractionRunner(dataset).run(BodyExtractor.sitrep(), InputKind.HTML, dataset.pages());
        Path folder = new PredictionWriter().write(tmp.resolve("out"), run);
        assertEquals("sitrep-html", folder.getFileName().toString());
        String body = new ObjectMapper().readTree(folder.resolve(MiniBenchmark.HARBOUR + ".json").toFile())
                .get("articleBody").asText();
        assertTrue(body.contains("Fishing boats stayed in the harbour"), body);
    }
}
