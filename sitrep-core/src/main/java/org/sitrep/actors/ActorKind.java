package org.sitrep.actors;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of thing an actor is; the lower-case label is the {@code kind} of the output contract. */
public enum ActorKind {
    COUNTRY, ORGANISATION, ARMED_GROUP, IGO, PERSON, MEDIA, OTHER;

    /** The label used in dictionary files and in the output, e.g. {@code armed_group}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with this label.
     *
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static ActorKind fromLabel(String label) {
        for (ActorKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "' (known: "
                + Arrays.stream(values()).map(ActorKind::label).collect(Collectors.joining(", ")) + ")");
    }
}
