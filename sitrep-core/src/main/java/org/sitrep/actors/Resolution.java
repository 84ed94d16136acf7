package org.sitrep.actors;

import java.util.Objects;

/**
 * The codes of one actor on one date, as the output contract's actor carries them.
 *
 * @param code the entry's id: the ISO alpha-3 code for a country, e.g. {@code PAK}, else e.g. {@code TALIBAN}
 * @param country ISO 3166-1 alpha-3 code, or null for actors of no single country
 * @param sector the sector, or null for a whole state named without a role
 */
public record Resolution(String code, String country, Sector sector) {

    public Resolution {
        Objects.requireNonNull(code, "code");
    }
}
