package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileItemsTest {

    @Test
    void aFoldersNotesAreNotDocuments() {
        assertTrue(FileItems.isFolderNote("file:/data/samples/README.md"));
        assertTrue(FileItems.isFolderNote("hdfs://nn/crawl/LICENSE"));
        assertTrue(FileItems.isFolderNote("s3a://bucket/copying.txt"));
        assertFalse(FileItems.isFolderNote("file:/data/samples/readme-of-the-week.html"));
        assertFalse(FileItems.isFolderNote("file:/data/readme/page.html"));
    }
}
