package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoStoreTest {

    @Test
    void demoBundlesEverySampleArticleOfTheRepository() throws IOException {
        Path samples = Path.of("..", "samples");
        List<String> articles;
        try (Stream<Path> files = Files.list(samples)) {
            articles = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("README") && !n.startsWith(".")).sorted().toList();
        }
        assertEquals(articles, DemoStore.sampleNames().stream().sorted().toList());
        for (String name : articles) {
            byte[] bundled = DemoStoreTest.class.getResourceAsStream("/org/sitrep/server/demo/" + name).readAllBytes();
            assertEquals(Files.size(samples.resolve(name)), bundled.length, name);
        }
    }
}
