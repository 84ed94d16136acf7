package org.sitrep.actors;

import org.sitrep.pipeline.SourceLine;
import java.util.Objects;

/**
 * A role word that gives a sector to a country mention: "foreign minister" makes {@code GOV}, "troops" {@code MIL}.
 *
 * @param phrase the words as written in the dictionary
 * @param sector the sector they imply
 * @param origin the dictionary line
 */
public record Role(String phrase, Sector sector, SourceLine origin) {

    public Role {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(origin, "origin");
        if (phrase.isBlank()) {
            throw new IllegalArgumentException("role phrase must not be blank");
        }
    }
}
