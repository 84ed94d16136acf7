package org.sitrep.actors;

import java.util.Objects;

/**
 * What makes two mentions the same actor within a document: the resolved code, country and sector, the kind
 * and the name. Pakistan's government and Pakistan's army differ by sector and are two actors; an unknown
 * organisation is known by its name alone (code null).
 *
 * @param code the dictionary code (ISO alpha-3 for a state), or null for an unknown named entity or a place
 * @param country ISO alpha-3 country, or null
 * @param sector the sector, or null for a state named without a role
 * @param kind what kind of actor it is
 * @param name the canonical name, or the words as written for an unknown entity
 */
record ActorKey(String code, String country, Sector sector, ActorKind kind, String name) {

    ActorKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** The key of a dictionary entry on a date, with a role's sector for a state ("Pakistani army"). */
    static ActorKey of(AliasMatch match, Sector role, java.time.LocalDate date) {
        Resolution resolution = match.resolve(date);
        ActorEntry entry = match.entry();
        Sector sector = entry.kind() == ActorKind.COUNTRY && role != null ? role : resolution.sector();
        return new ActorKey(resolution.code(), resolution.country(), sector, entry.kind(), entry.name());
    }

    /** The same actor with another sector; only states take a role's sector. */
    ActorKey withSector(Sector other) {
        return kind == ActorKind.COUNTRY && code != null ? new ActorKey(code, country, other, kind, name) : this;
    }

    Actor toActor(String id, java.util.List<Mention> mentions) {
        return new Actor(id, name, code, country, sector == null ? null : sector.name(), kind.label(), mentions);
    }
}
