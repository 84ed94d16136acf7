package org.sitrep.bench.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a two-page benchmark folder in the layout of the real one, with pages written for these tests. */
public final class MiniBenchmark {

    /** The id of the page about a bridge. */
    public static final String BRIDGE = "b1";
    /** The id of the page about a harbour. */
    public static final String HARBOUR = "a2";

    private MiniBenchmark() {
    }

    /** Writes the folder under {@code root} and returns {@code root}. */
    public static Path write(Path root) throws IOException {
        page(root, BRIDGE, "https://news.example/bridge",
                "The council approved the new river bridge on Tuesday. Work starts in spring.",
                "<html><head><title>Bridge approved</title></head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
                        + "<article><h1>Bridge approved</h1><p>The council approved the new river bridge on Tuesday.</p>"
                        + "<p>Work starts in spring.</p></article><footer><p>All rights reserved.</p></footer></body></html>",
                "# Bridge approved\n\n[Home](/) [World](/w)\n\nThe council approved the new river bridge on Tuesday.\n\n"
                        + "Work starts in spring.\n\nAll rights reserved.\n");
        page(root, HARBOUR, "https://news.example/harbour",
                "Fishing boats stayed in the harbour as the storm passed over the coast.",
                "<html><body><p>Fishing boats stayed in the harbour as the storm passed over the coast.</p></body></html>",
                "Fishing boats stayed in the harbour as the storm passed over the coast.\n");
        Files.writeString(root.resolve("index.tsv"), "id\turl\thtml_path\tground_truth_path\tbody_chars\tbody_tokens\n"
                + BRIDGE + "\thttps://news.example/bridge\thtml/b1.html\tground-truth/b1.json\t0\t0\n"
                + HARBOUR + "\thttps://news.example/harbour\thtml/a2.html\tground-truth/a2.json\t0\t0\n",
                StandardCharsets.UTF_8);
        return root;
    }

    private static void page(Path root, String id, String url, String gold, String html, String markdown)
            throws IOException {
        write(root.resolve("ground-truth/" + id + ".json"),
                "{\"articleBody\": \"" + gold + "\", \"url\": \"" + url + "\"}");
        write(root.resolve("html/" + id + ".html"), html);
        write(root.resolve("markdown-inputs/html2text/" + id + ".md"), markdown);
        write(root.resolve("markdown-inputs/fast_html2md/" + id + ".md"), markdown);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
