package org.sitrep.events.lexicon;

import java.util.Locale;

/**
 * How the text presents an event, as in the output contract. The declaration order is the precedence order,
 * weakest first: when several cues govern one trigger the strongest wins (see {@link #strongest}).
 */
public enum Factuality {
    /** It happened or was said. */
    ASSERTED,
    /** Announced, planned or intended. */
    FUTURE,
    /** It did not or will not happen. */
    NEGATED,
    /** Alleged, suspected, hedged, may have. */
    POSSIBLE,
    /** Conditional: would, if. */
    HYPOTHETICAL;

    /** The stronger of two factualities by the precedence rule of {@code package-info}. */
    public static Factuality strongest(Factuality a, Factuality b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The name as written in the output contract, lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
