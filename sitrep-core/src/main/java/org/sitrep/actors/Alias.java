package org.sitrep.actors;

import java.util.Objects;

/**
 * One way of writing an actor's name.
 *
 * @param text the alias as written in the dictionary, e.g. {@code the Pentagon}
 * @param form whether it is the name, another name, an adjective or a seat of power
 * @param sector the sector this alias implies over the entry's own ({@code MIL} for the Pentagon), or null
 */
public record Alias(String text, AliasForm form, Sector sector) {

    public Alias {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(form, "form");
        if (text.isBlank()) {
            throw new IllegalArgumentException("alias text must not be blank");
        }
    }
}
