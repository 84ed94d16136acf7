package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutputNamesTest {

    private static final String ID = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void baseNamesAreSafeAndReadable() {
        assertEquals("Envoys-meet-day-1", OutputNames.base("in/Envoys meet: day 1.html"));
        assertEquals("Bogota-talks", OutputNames.base("C:\\news\\Bogotá talks.htm"));
        assertEquals("stdin", OutputNames.base("<stdin>"));
        assertEquals("document", OutputNames.base("in/???.txt"));
        assertEquals("hidden", OutputNames.base(".hidden"));
        assertEquals(60, OutputNames.base("x".repeat(200) + ".html").length());
    }

    @Test
    void namesRepeatedInOneRunGetANumber() {
        OutputNames names = new OutputNames();
        assertEquals("story-0123456789ab.json", names.next("a/story.html", ID, ".json"));
        assertEquals("story-0123456789ab-2.json", names.next("b/story.html", ID, ".json"));
        // Case-insensitive file systems would merge STORY and story, so they count as the same name.
        assertEquals("STORY-0123456789ab-3.json", names.next("c/STORY.html", ID, ".json"));
        assertEquals("story-0123456789ab.txt", names.next("a/story.html", ID, ".txt"));
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new OutputNames().next("a", null, ".json"));
        assertThrows(NullPointerException.class, () -> OutputNames.base(null));
    }
}
