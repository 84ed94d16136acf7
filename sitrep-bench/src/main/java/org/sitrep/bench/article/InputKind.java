package org.sitrep.bench.article;

import java.util.Locale;

/** The renderings of each benchmark page an extractor can be given. */
public enum InputKind {
    /** The page as fetched. */
    HTML("html", ".html"),
    /** The page turned into Markdown by html2text. */
    HTML2TEXT("markdown-inputs/html2text", ".md"),
    /** The page turned into Markdown by fast_html2md. */
    FAST_HTML2MD("markdown-inputs/fast_html2md", ".md");

    private final String folder;
    private final String suffix;

    InputKind(String folder, String suffix) {
        this.folder = folder;
        this.suffix = suffix;
    }

    /** The name used on the command line and in reports, e.g. {@code fast_html2md}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The folder of this rendering, relative to the benchmark's root. */
    String folder() {
        return folder;
    }

    /** The file name ending of this rendering. */
    String suffix() {
        return suffix;
    }
}
