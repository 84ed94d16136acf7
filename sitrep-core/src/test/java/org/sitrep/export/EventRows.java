package org.sitrep.export;

import java.time.LocalDate;
import java.util.List;

/** Hand-made event rows and reports for the exporter tests: a small story about a border dispute. */
final class EventRows {

    static final String DOC = "doc-1";
    static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 3);

    private EventRows() {
    }

    static final List<ActorRow> ACTORS = List.of(
            new ActorRow(DOC, "a1", "Pakistan", "PAK", "PAK", "GOV", "country", 3),
            new ActorRow(DOC, "a2", "Taliban", "TALIBAN", "AFG", "REB", "armed_group", 2),
            new ActorRow(DOC, "a3", "China", "CHN", "CHN", "GOV", "country", 1),
            new ActorRow(DOC, "a4", "United Nations", "UN", null, "IGO", "igo", 1));

    static EventReport report() {
        return new EventReport("https://news.example/border", PUBLISHED, 4, 3, 3, null, ACTORS);
    }

    /** Pakistan (and whoever else is given) accuses the Taliban, with the CAMEO code given. */
    static EventRow accusation(String cameo, List<String> actorIds, List<String> names, List<String> countries) {
        return new EventRow(DOC, "e1", "k1", "ACCUSE", "disapprove", List.of("terrorism"), cameo,
                actorIds, countries, countries, names,
                List.of("a2"), List.of("TALIBAN"), List.of("AFG"), List.of("Taliban"),
                "asserted", "a3", "China", "CHN", "said", "2024-09-26", LocalDate.of(2024, 9, 26),
                "New York", "USA", 0, 60, "Pakistan accused the Taliban of sheltering fighters.",
                10, 18, "accused", 0.8);
    }

    static EventRow accusation(String cameo) {
        return accusation(cameo, List.of("a1"), List.of("Pakistan"), List.of("PAK"));
    }

    /** An event with no date, no location, no attribution and no recipient. */
    static EventRow bare(String type, String cameo) {
        return new EventRow(DOC, "e2", "k2", type, null, List.of(), cameo,
                List.of("a4"), List.of("UN"), List.of(""), List.of("United Nations"),
                List.of(), List.of(), List.of(), List.of(),
                "asserted", null, null, null, null, null, null, null, null, 120, 180,
                "The United Nations sent\tinspectors\nto the valley.", null, null, null, 0.5);
    }
}
