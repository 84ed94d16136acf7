package org.sitrep.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void copiesItsListsSoLaterChangesDoNotLeakIn() {
        List<String> authors = new ArrayList<>(List.of("Jane Doe"));
        Metadata metadata = new Metadata("Title", authors, LocalDate.of(2024, 10, 3), "Gazette", List.of(), null);
        authors.add("Intruder");

        assertEquals(List.of("Jane Doe"), metadata.authors());
        assertThrows(UnsupportedOperationException.class, () -> metadata.tags().add("x"));
    }

    @Test
    void withLanguageChangesOnlyTheLanguage() {
        Metadata metadata = new Metadata("Title", List.of("Jane Doe"), null, "Gazette", List.of("Ports"), null);

        assertEquals(new Metadata("Title", List.of("Jane Doe"), null, "Gazette", List.of("Ports"), "en"),
                metadata.withLanguage("en"));
    }

    @Test
    void rejectsNullLists() {
        assertThrows(NullPointerException.class, () -> new Metadata(null, null, null, null, List.of(), null));
    }
}
