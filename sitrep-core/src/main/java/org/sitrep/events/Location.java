package org.sitrep.events;

import java.util.Objects;

/**
 * Where an event took place, when the text says.
 *
 * @param name the place as named ("New York")
 * @param country its ISO 3166 alpha-3 country, or null
 */
public record Location(String name, String country) {

    public Location {
        Objects.requireNonNull(name, "name");
    }
}
