package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mention that stands for several parties gives all of them. */
class BothSidesTest {

    @Test
    void aSharedPassiveSubjectIsNotTheOneCalledOn() {
        Coding.Result r = Coding.recognised("Armenia and Azerbaijan traded fire on Monday. Iran's foreign ministry "
                + "said it was alarmed by the clashes and called on both sides to halt the shooting.");
        Event called = r.at("called on");
        assertEquals(List.of("IRN"), r.codes(called.actors()));
        assertEquals(List.of("ARM", "AZE"), r.codes(called.recipients()));
    }
}
