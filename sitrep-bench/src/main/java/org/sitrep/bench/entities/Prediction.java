package org.sitrep.bench.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorName;
import org.sitrep.nlp.Entity;

/**
 * A predicted named mention with the types it may match: a state may match ORG or LOC (the benchmark codes a
 * state that acts as an organisation and a state as a place as a place), everything else one type.
 *
 * @param start first character
 * @param end one past the last character
 * @param types the gold types it may match, one or two
 * @param counted the type it counts against when it matches nothing
 * @param country the ISO alpha-3 country of a state, or null
 */
public record Prediction(int start, int end, Set<EntityType> types, EntityType counted, String country) {

    public Prediction {
        types = Set.copyOf(types);
        Objects.requireNonNull(counted, "counted");
        if (!types.contains(counted)) {
            throw new IllegalArgumentException(counted + " is not among " + types);
        }
    }

    /**
     * Predictions from CoreNLP's entities alone, for comparison: PERSON is PER, ORGANIZATION ORG, LOCATION and
     * the gazetteer's CITY and STATE_OR_PROVINCE LOC, COUNTRY ORG or LOC; other labels give none. No country
     * code is known.
     */
    public static List<Prediction> ofEntities(List<Entity> entities) {
        List<Prediction> out = new ArrayList<>();
        for (Entity e : entities) {
            Set<EntityType> types = switch (e.type()) {
                case "PERSON" -> Set.of(EntityType.PER);
                case "ORGANIZATION" -> Set.of(EntityType.ORG);
                case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> Set.of(EntityType.LOC);
                case "COUNTRY" -> Set.of(EntityType.ORG, EntityType.LOC);
                default -> Set.of();
            };
            if (!types.isEmpty()) {
                EntityType counted = types.contains(EntityType.LOC) ? EntityType.LOC : types.iterator().next();
                out.add(new Prediction(e.span().start(), e.span().end(), types, counted, null));
            }
        }
        return out;
    }

    /**
     * The prediction for an actor's name: person PER, and a state's people named by a plural demonym
     * ("Afghans", the benchmark's groups of people); organisation, body, group and outlet ORG; a state ORG or
     * LOC (counted ORG when it has a sector, LOC when named as a whole or as a place); other (places) LOC.
     * Adjectives ("Iranian drones") are not names and give none.
     */
    public static Prediction of(ActorName name, Actor actor) {
        if (name.adjective()) {
            return null;
        }
        return switch (actor.kind()) {
            case "person" -> new Prediction(name.start(), name.end(), Set.of(EntityType.PER), EntityType.PER, null);
            case "country" -> "CVL".equals(actor.sector())
                    ? new Prediction(name.start(), name.end(), Set.of(EntityType.PER), EntityType.PER, null)
                    : new Prediction(name.start(), name.end(), Set.of(EntityType.ORG, EntityType.LOC),
                    actor.sector() == null ? EntityType.LOC : EntityType.ORG, actor.code());
            case "other" -> new Prediction(name.start(), name.end(), Set.of(EntityType.LOC), EntityType.LOC,
                    actor.country());
            default -> new Prediction(name.start(), name.end(), Set.of(EntityType.ORG), EntityType.ORG, null);
        };
    }
}
