package org.sitrep.actors;

import java.util.List;
import java.util.Objects;

/**
 * One actor of a document as the output contract writes it: a state, body, group, person or outlet,
 * resolved to a code for the document's date, with every place the text names it.
 *
 * @param id short id within the record ({@code a1}, {@code a2}, ...), used by events and quotes
 * @param name the canonical name ("Pakistan", "Taliban")
 * @param code the actor code (ISO 3166 alpha-3, an IGO or group code) or null when unknown
 * @param country the ISO 3166 alpha-3 country the actor belongs to, or null
 * @param sector the PLOVER/CAMEO sector (GOV, MIL, REB, ...) or null
 * @param kind country, organisation, armed_group, igo, person, media or other
 * @param mentions where the text names the actor, in text order
 */
public record Actor(String id, String name, String code, String country, String sector, String kind,
                    List<Mention> mentions) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        ActorKind.fromLabel(kind);
        mentions = List.copyOf(mentions);
    }
}
