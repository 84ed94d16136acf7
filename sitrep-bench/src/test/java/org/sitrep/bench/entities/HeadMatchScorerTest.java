package org.sitrep.bench.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;

/** Head matching, lenient country types and country linking on a small article written for this test. */
class HeadMatchScorerTest {

    //                                 0         1         2         3         4         5
    //                                 0123456789012345678901234567890123456789012345678901234
    private static final String TEXT = "Mayor Ana Pires met the United States envoy in Lisbon.";
    private static final CountryIdentities COUNTRIES = new CountryIdentities(ActorDictionary.bundled());

    private static GoldDocument gold() {
        return new GoldDocument("test", null, TEXT, List.of(
                new GoldMention(0, 15, 6, 9, EntityType.PER, "Ana_Pires", "Mayor Ana Pires"),
                new GoldMention(20, 37, 31, 37, EntityType.LOC, "United_States", "the United States"),
                new GoldMention(47, 53, 47, 53, EntityType.LOC, "Lisbon", "Lisbon")));
    }

    @Test
    void aPredictionInsideTheGoldSpanCoveringItsHeadMatches() {
        EntityScores scores = new EntityScores();
        new HeadMatchScorer(COUNTRIES).score(gold(), List.of(
                new Prediction(6, 15, Set.of(EntityType.PER), EntityType.PER, null),
                new Prediction(24, 37, Set.of(EntityType.ORG, EntityType.LOC), EntityType.ORG, "USA"),
                new Prediction(0, 5, Set.of(EntityType.ORG), EntityType.ORG, null)), scores);
        assertEquals(1.0, scores.recall(EntityType.PER));
        assertEquals(1.0, scores.precision(EntityType.LOC));
        assertEquals(0.5, scores.recall(EntityType.LOC));
        assertEquals(0.0, scores.precision(EntityType.ORG));
        assertEquals(1.0, scores.linkingAccuracy());
        assertEquals(2.0 / 3, scores.recall(), 1e-9);
    }

    @Test
    void aPredictionMissingTheHeadOrOfAnotherTypeDoesNotMatch() {
        EntityScores scores = new EntityScores();
        new HeadMatchScorer(COUNTRIES).score(gold(), List.of(
                new Prediction(0, 5, Set.of(EntityType.PER), EntityType.PER, null),
                new Prediction(47, 53, Set.of(EntityType.PER), EntityType.PER, null),
                new Prediction(24, 37, Set.of(EntityType.ORG, EntityType.LOC), EntityType.LOC, "CAN")), scores);
        assertEquals(0.0, scores.recall(EntityType.PER));
        assertEquals(0.0, scores.precision(EntityType.PER));
        assertEquals(1, scores.countries());
        assertEquals(0.0, scores.linkingAccuracy());
    }

    @Test
    void wikipediaTitlesOfStatesMapToIso3FromTheDictionaryNames() {
        assertEquals(Optional.of("USA"), COUNTRIES.iso3("United_States"));
        assertEquals(Optional.of("PRK"), COUNTRIES.iso3("North_Korea"));
        assertEquals(Optional.empty(), COUNTRIES.iso3("Lisbon"));
        assertEquals(Optional.empty(), COUNTRIES.iso3(null));
    }

    @Test
    void aHeadOutsideItsMentionIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new GoldMention(0, 5, 6, 9, EntityType.PER, null, "Mayor"));
    }
}
