package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "..., as X said" attributes the act to X; giving shelter is giving refuge. */
class AsideAndRefugeTest {

    @Test
    void anAsAsideNamesTheSource() {
        Coding.Result r = Coding.code("Syrian troops shelled Turkish border posts on Monday, as the Turkish "
                + "defence ministry said.");
        Event attack = r.only("ASSAULT");
        assertNotNull(attack.attribution(), attack.toString());
        assertEquals(List.of("TUR"), r.codes(attack.attribution().actors()));
    }

    @Test
    void shelteringMilitantsOrRefugeesIsGivingRefuge() {
        Coding.Result r = Coding.code("Pakistan says the Taliban are sheltering the TTP near the border.");
        Event shelter = r.only("AID");
        assertEquals("asylum", shelter.mode());
        assertEquals("075", shelter.cameo());
    }
}
