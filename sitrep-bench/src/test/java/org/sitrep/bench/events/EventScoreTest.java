package org.sitrep.bench.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.events.lexicon.PloverType;

class EventScoreTest {

    private static GoldEvent gold(PloverType type, List<String> sources, List<String> targets, boolean reciprocal) {
        return new GoldEvent("g", "a sentence", type, sources, targets, reciprocal);
    }

    @Test
    void reciprocalTriplesHaveNoDirection() {
        Set<String> ab = EventScore.triples(PloverType.CONSULT, List.of("USA", "JOR"), List.of(), true);
        Set<String> ba = EventScore.triples(PloverType.CONSULT, List.of("JOR", "USA"), List.of(), true);
        assertEquals(ab, ba);
        assertEquals(1, ab.size());
    }

    @Test
    void theMostConfidentEventIsTheSentencesPrediction() {
        EventScore score = new EventScore();
        score.add(gold(PloverType.ACCUSE, List.of("IRN"), List.of("ISR"), false), List.of(
                new PredictedEvent(PloverType.ASSAULT, List.of("ISR"), List.of(), false, 0.5),
                new PredictedEvent(PloverType.ACCUSE, List.of("IRN"), List.of("ISR"), false, 0.9)));
        assertEquals(1.0, score.typeAccuracy());
        assertEquals(1.0, score.sourceAccuracy());
        assertEquals(1.0, score.targetAccuracy());
        assertEquals(1.0, score.topF1());
    }

    @Test
    void noEventCountsAsWrongEverywhere() {
        EventScore score = new EventScore();
        score.add(gold(PloverType.AGREE, List.of("HUN"), List.of("ROU"), false), List.of());
        assertEquals(0.0, score.typeAccuracy());
        assertEquals(0.0, score.sourceAccuracy());
        assertEquals(0.0, score.topF1());
    }

    @Test
    void oldGoldCodesBecomeIsoAndLongCodesAreCut() {
        assertEquals("JPN", GoldEvent.country("JAP"));
        assertEquals("USA", GoldEvent.country("USAGOV"));
    }

    @Test
    void aDirectedPredictionOfAReciprocalRecordIsComparedWithoutDirection() {
        EventScore score = new EventScore();
        score.add(gold(PloverType.AGREE, List.of("HUN", "ROU"), List.of(), true),
                List.of(new PredictedEvent(PloverType.AGREE, List.of("ROU"), List.of("HUN"), false, 0.9)));
        assertEquals(1.0, score.topF1());
    }

    @Test
    void aReciprocalPredictionOfADirectedRecordIsComparedWithoutDirection() {
        EventScore score = new EventScore();
        score.add(gold(PloverType.CONSULT, List.of("MAR"), List.of("USA"), false),
                List.of(new PredictedEvent(PloverType.CONSULT, List.of("USA", "MAR"), List.of(), true, 0.9)));
        assertEquals(1.0, score.topF1());
        assertEquals(1.0, score.sourceAccuracy());
        assertEquals(1.0, score.targetAccuracy());
    }

    @Test
    void anUncodedPartyBesideACodedOneMakesNoCountryClaim() {
        EventScore score = new EventScore();
        score.add(gold(PloverType.REQUEST, List.of("SRB"), List.of("IGO"), false),
                List.of(new PredictedEvent(PloverType.REQUEST, List.of("SRB", "?"), List.of("IGO"), false, 0.9)));
        assertEquals(1.0, score.topF1());
    }

    @Test
    void aSideWithOnlyUncodedPartiesMatchesNoCountry() {
        EventScore score = new EventScore();
        score.add(gold(PloverType.REQUEST, List.of("SRB"), List.of(), false),
                List.of(new PredictedEvent(PloverType.REQUEST, List.of("?"), List.of(), false, 0.9)));
        assertEquals(0.0, score.topF1());
    }
}
