package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalRunnerTest {

    private final List<String> out = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private final Stage<String, String> shout = source -> {
        if (source.startsWith("empty")) {
            throw new DocumentException(source, new Problem("empty", "document is empty (0 bytes)"));
        }
        if (source.startsWith("huge")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (source.startsWith("bug")) {
            throw new IllegalStateException("odd input");
        }
        return source.toUpperCase(java.util.Locale.ROOT);
    };

    @Test
    void failuresAreReportedAndTheRunGoesOn() {
        RunReport report = new LocalRunner<>(shout).run(List.of("a", "empty.txt", "bug.html", "b"), out::add,
                e -> errors.add(e.getMessage()));
        assertEquals(List.of("A", "B"), out);
        assertEquals(List.of("empty.txt: document is empty (0 bytes)",
                "bug.html: unexpected IllegalStateException (please report it): odd input"), errors);
        assertEquals(new RunReport(2, 2), report);
    }

    @Test
    void runningOutOfHeapOnOneDocumentLosesOnlyThatDocument() {
        RunReport report = new LocalRunner<>(shout).run(List.of("huge.html", "a"), out::add, e -> errors.add(e.getMessage()));
        assertEquals(List.of("A"), out);
        assertEquals(List.of("huge.html: the document needs more memory than the Java heap has; lower the size limit "
                + "or give Java more heap (-Xmx)"), errors);
        assertEquals(new RunReport(1, 1), report);
    }

    @Test
    void aSinkThatCannotTakeADocumentCountsAsAFailure() {
        RunReport report = new LocalRunner<>(shout).run(List.of("a", "b"), result -> {
            if (result.equals("A")) {
                throw new DocumentException("a", new Problem("unwritable", "disk full"));
            }
            out.add(result);
        }, e -> errors.add(e.getMessage()));
        assertEquals(List.of("B"), out);
        assertEquals(List.of("a: disk full"), errors);
        assertEquals(1, report.failed());
    }

    @Test
    void nothingToDoIsASuccess() {
        assertEquals(true, new LocalRunner<>(shout).run(List.of(), out::add, e -> errors.add("x")).allSucceeded());
    }

    @Test
    void nullsAndNegativeCountsAreRejected() {
        assertThrows(NullPointerException.class, () -> new LocalRunner<String, String>(null));
        assertThrows(NullPointerException.class, () -> new LocalRunner<>(shout).run(null, out::add, e -> { }));
        assertThrows(IllegalArgumentException.class, () -> new RunReport(-1, 0));
    }
}
