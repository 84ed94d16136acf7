package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorSet;

class DictionaryActorsTest {

    private final DictionaryActors finder = new DictionaryActors(ActorDictionary.bundled());

    @Test
    void everyMentionOfAnEntryIsOneActorInOrderOfFirstMention() {
        String text = "Pakistan and Iran met. Pakistani officials left.";
        ActorSet set = finder.find(text, LocalDate.parse("2024-10-03"));
        assertEquals(List.of("PAK", "IRN"), set.actors().stream().map(Actor::code).toList());
        assertEquals(List.of("a1", "a2"), set.actors().stream().map(Actor::id).toList());
        assertEquals(2, set.byId("a1").mentions().size());
        assertEquals(List.of("a1"), set.idsAt(text.indexOf("Pakistani"), text.indexOf("Pakistani") + 9));
    }

    @Test
    void roleWordsAloneNameNobody() {
        assertEquals(List.of(), finder.find("The troops left.", null).actors());
    }

    @Test
    void northernIrelandIsAPlaceInTheUnitedKingdomNotIreland() {
        ActorSet set = finder.find("The ban covers a group in Northern Ireland.", null);
        assertEquals(List.of("GBR"), set.actors().stream().map(Actor::country).toList());
    }

    @Test
    void aPersonsStateFollowsTheDateOfTheText() {
        String text = "Alassane Ouattara spoke to reporters.";
        // at the IMF in 1996, of no state; leading the Ivorian opposition in 2000
        assertNull(finder.find(text, LocalDate.parse("1996-05-01")).actors().get(0).country());
        assertEquals("CIV", finder.find(text, LocalDate.parse("2000-01-01")).actors().get(0).country());
    }
}
