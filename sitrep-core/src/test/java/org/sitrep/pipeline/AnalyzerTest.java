package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.EventCoder;
import org.sitrep.extract.Document;
import org.sitrep.extract.Extraction;
import org.sitrep.nlp.AnnotatedText;

class AnalyzerTest {

    @Test
    void publicationDayIsReadFromDatesAndDateTimes() {
        List<Problem> problems = new ArrayList<>();
        assertEquals(LocalDate.parse("2024-10-03"), Analyzer.dateOf("2024-10-03", problems));
        assertEquals(LocalDate.parse("2024-10-03"), Analyzer.dateOf("2024-10-03T08:00:00Z", problems));
        assertNull(Analyzer.dateOf(null, problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void aShortEnglishSentenceIsNeverTakenForAnotherLanguage() {
        // PLOVER gold (plover_gsr.jsonl): read as Dutch by its "in"s before the length rule.
        String serb = "Serb forces killed three ethnic Albanians in a gunbattle in southeastern Serbia Friday, a "
                + "political council representing ethnic Albanians in the region said in remarks published here Sunday.";
        assertEquals(java.util.Optional.empty(), Analyzer.foreignLanguage(serb));
    }

    @Test
    void otherScriptsAndLongTextsInAnotherLatinLanguageAreForeign() {
        assertEquals(java.util.Optional.of("ru"), Analyzer.foreignLanguage("Министр иностранных дел заявил в "
                + "понедельник, что переговоры с соседями продолжатся на следующей неделе."));
        String french = "Le ministre a dit que les discussions avec les voisins du pays vont continuer la semaine "
                + "prochaine dans la capitale, et il a condamné les frappes sur la frontière. ";
        assertEquals(java.util.Optional.empty(), Analyzer.foreignLanguage(french));
        assertEquals(java.util.Optional.of("fr"), Analyzer.foreignLanguage(french.repeat(4)));
    }

    @Test
    void anUnreadableDateIsAProblemNotAFailure() {
        List<Problem> problems = new ArrayList<>();
        assertNull(Analyzer.dateOf("last Tuesday", problems));
        assertEquals("date", problems.get(0).kind());
    }

    @Test
    void problemsOfEveryStageReachTheRecord() {
        AnnotatedText empty = new AnnotatedText("", null, List.of(), List.of(),
                List.of(new Problem("nlp-cut", "cut")));
        Analyzer analyzer = new Analyzer((text, date) -> empty, (text, date) -> ActorSet.EMPTY, EventCoder.bundled());
        Document d = new Document("id", "src", "text", null, List.of(), null, null, List.of(), "en", "");
        Analysis a = analyzer.apply(new Extraction(d, List.of(new Problem("encoding", "guessed"))));
        assertEquals(List.of("encoding", "nlp-cut"), a.problems().stream().map(Problem::kind).toList());
        assertEquals(List.of(), a.events());
    }

    @Test
    void nullInputIsRejected() {
        Analyzer analyzer = new Analyzer((text, date) -> null, (text, date) -> ActorSet.EMPTY, EventCoder.bundled());
        assertThrows(NullPointerException.class, () -> analyzer.apply(null));
    }
}
