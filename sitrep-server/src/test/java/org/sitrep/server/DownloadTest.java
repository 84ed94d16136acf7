package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DownloadTest {

    @Test
    void plainNamesAreSafe() {
        for (String name : List.of("sitrep-events.csv", "pak_2024.jsonl", "a")) {
            assertTrue(Download.isSafeName(name), name);
        }
    }

    @Test
    void namesThatLeaveTheFolderOrBreakTheHeaderAreNot() {
        for (String name : List.of("../x.csv", "a/b.csv", "a\\b.csv", ".bashrc", "a..b", "x\".csv",
                "x\r\nSet-Cookie: a", "", "x".repeat(101))) {
            assertFalse(Download.isSafeName(name), name);
        }
        assertThrows(IllegalArgumentException.class, () -> new Download("../x", "text/csv", out -> { }));
    }
}
