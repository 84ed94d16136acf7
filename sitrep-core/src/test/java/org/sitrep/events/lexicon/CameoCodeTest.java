package org.sitrep.events.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CameoCodeTest {

    private final CameoTable table = CameoTable.bundled();

    @Test
    void quadClassFollowsTheRootCode() {
        assertEquals(1, table.get("051").orElseThrow().quadClass());
        assertEquals(2, table.get("0841").orElseThrow().quadClass());
        assertEquals(3, table.get("111").orElseThrow().quadClass());
        assertEquals(4, table.get("190").orElseThrow().quadClass());
    }

    @Test
    void rootGoldsteinIsGivenForTheRoot() {
        assertEquals(OptionalDouble.of(-10.0), table.get("193").orElseThrow().rootGoldstein());
        assertEquals(OptionalDouble.of(1.0), table.get("042").orElseThrow().rootGoldstein());
        assertEquals("04", table.get("042").orElseThrow().root());
    }

    @Test
    void quadClassIsCameosEvenWherePloverGroupsTheTypeOtherwise() {
        CameoCode ease = table.get("081").orElseThrow();
        assertEquals(PloverType.CONCEDE, ease.type());
        assertEquals(PloverType.Quad.VERBAL_COOPERATION, ease.type().quad());
        assertEquals(2, ease.quadClass(), "CAMEO 08 is material cooperation in GDELT's QuadClass");
        for (CameoCode code : table.codes()) {
            if (!code.root().equals("08")) {
                assertEquals(code.quadClass(), code.type().quad().ordinal() + 1, code.code() + " " + code.type());
            }
        }
    }

    @Test
    void malformedCodesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CameoCode("21", PloverType.ASSAULT, "x"));
        assertThrows(IllegalArgumentException.class, () -> new CameoCode("1a0", PloverType.ASSAULT, "x"));
        assertThrows(IllegalArgumentException.class, () -> new CameoCode("19001", PloverType.ASSAULT, "x"));
        assertTrue(table.get("999").isEmpty());
    }

    @Test
    void oldGoldLabelsMapToCurrentTypes() {
        assertEquals(PloverType.REQUEST, PloverType.of("DEMAND"));
        assertEquals(PloverType.ACCUSE, PloverType.of("investigate"));
        assertEquals(PloverType.ASSAULT, PloverType.of("FIGHT"));
        assertThrows(IllegalArgumentException.class, () -> PloverType.of("CRIME"));
    }
}
