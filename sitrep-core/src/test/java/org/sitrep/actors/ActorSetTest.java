package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorSetTest {

    // "Those four met. Chad and Niger spoke."
    private final Actor chad = new Actor("a1", "Chad", "TCD", "TCD", null, "country",
            List.of(new Mention(0, 10, "Those four"), new Mention(16, 20, "Chad")));
    private final Actor niger = new Actor("a2", "Niger", "NER", "NER", null, "country",
            List.of(new Mention(0, 10, "Those four"), new Mention(25, 30, "Niger")));
    private final ActorSet set = new ActorSet(List.of(chad, niger));

    @Test
    void groupMentionNamesEveryActorInIt() {
        assertEquals(List.of("a1", "a2"), set.idsAt(6, 10));
    }

    @Test
    void spanOutsideEveryMentionNamesNobody() {
        assertEquals(List.of(), set.idsAt(11, 15));
        assertEquals(List.of("a2"), set.idsAt(25, 25), "an empty span at a mention's start is inside it");
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ActorSet(List.of(chad, chad)));
    }

    @Test
    void unknownIdIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.byId("a9"));
        assertEquals("no actor a9 in this document", e.getMessage());
    }

    @Test
    void withinKeepsOnlyTheActorsAndMentionsOfTheSpan() {
        ActorSet second = set.within(16, 36);
        assertEquals(List.of("a1", "a2"), second.actors().stream().map(Actor::id).toList());
        assertEquals(List.of("Chad"), second.byId("a1").mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("a1"), set.within(16, 21).actors().stream().map(Actor::id).toList());
        assertThrows(IllegalArgumentException.class, () -> set.within(5, 2));
    }
}
