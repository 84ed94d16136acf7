package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.Mention;

class TitleReferentTest {

    private static Actor actor(String id, String name, String kind) {
        return new Actor(id, name, id.toUpperCase(java.util.Locale.ROOT), null, null, kind,
                List.of(new Mention(500, 500 + name.length(), name)));
    }

    private static final ActorSet ACTORS = new ActorSet(List.of(actor("a1", "Chile", "country"),
            actor("a2", "Peru", "country"), actor("a3", "Shining Path", "armed_group"),
            actor("a4", "Bolivia", "country"), actor("a5", "Lima", "other")));

    @Test
    void theOneActorNamedAloneIsWhatItStandsFor() {
        assertEquals(List.of("a3"),
                TitleReferent.of("Chile and Peru Condemn the Shining Path Leadership for Attacks in Bolivia", ACTORS));
    }

    @Test
    void aNameBeforeAPluralNounIsNotIt() {
        assertEquals(List.of(), TitleReferent.of("Chile and Peru Warn Shining Path Fighters in Bolivia", ACTORS));
    }

    @Test
    void twoActorsNamedAloneLeaveNobody() {
        assertEquals(List.of(), TitleReferent.of("Bolivia Criticises the Shining Path", ACTORS));
    }

    @Test
    void noHeadlineNoReferent() {
        assertEquals(List.of(), TitleReferent.of(null, ACTORS));
    }
}
