package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;

/** Places that sports reports use as teams, on hand-tagged sentences of our own. */
class SportsSidesTest {

    private static List<String> describe(AnnotatedText text) {
        return Tagged.actors(text, LocalDate.of(2019, 6, 2));
    }

    @Test
    void aPlaceThatScoresInAMatchIsATeamThroughoutTheReport() {
        AnnotatedText text = Tagged.text(
                "Wales/NNP/LOCATION scored/VBD/O twice/RB/O in/IN/O the/DT/O match/NN/O ././O",
                "The/DT/O coach/NN/O praised/VBD/O Wales/NNP/LOCATION ././O");
        assertEquals(List.of("organisation Wales [Wales, Wales]"), describe(text));
    }

    @Test
    void aScoreLineMakesBothUnknownPlacesTeamsButInPlaceStaysALocation() {
        AnnotatedText text = Tagged.text(
                "Wales/NNP/LOCATION 2/CD/O -/HYPH/O 1/CD/O Scotland/NNP/LOCATION ././O",
                "Fans/NNS/O in/IN/O Scotland/NNP/LOCATION wept/VBD/O ././O");
        assertEquals(List.of("organisation Wales [Wales]", "organisation Scotland [Scotland]",
                "other Scotland [Scotland]"), describe(text));
    }

    @Test
    void aPlaceThatWinsOutsideSportsLanguageStaysAPlace() {
        AnnotatedText text = Tagged.text(
                "Wales/NNP/LOCATION won/VBD/O new/JJ/O funding/NN/O for/IN/O roads/NNS/O ././O");
        assertEquals(List.of("other Wales [Wales]"), describe(text));
    }

    @Test
    void aTournamentGroupIsANameInAReportWithSides() {
        AnnotatedText text = Tagged.text(
                "In/IN/O Group/NNP/O C/NNP/O ,/,/O Wales/NNP/LOCATION beat/VBD/O Peru/NNP/COUNTRY 2/CD/O -/HYPH/O "
                        + "0/CD/O ././O");
        assertEquals(List.of("organisation Group C [Group C]", "organisation Wales [Wales]", "country Peru [Peru]"),
                describe(text));
    }
}
