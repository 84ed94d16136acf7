package org.sitrep.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Test classes that ask one real server over the hand-written corpus, started once per class. */
abstract class ServedCorpusTest {

    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void serve() {
        served = Served.over(Corpus.write(dir));
    }

    @AfterAll
    static void stop() {
        served.close();
    }
}
