package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {

    private static Params of(String name, String value) {
        return new Params(Map.of(name, List.of(value)), Set.of(name));
    }

    @Test
    void absentOrBlankValuesFallBack() {
        Params none = new Params(Map.of(), Set.of("limit", "q"));
        assertEquals(20, none.limit(20));
        assertEquals(0, none.offset());
        assertNull(none.text("q", 10));
        assertNull(of("q", "   ").text("q", 10));
    }

    @Test
    void unknownNameIsRefusedWithTheNamesTaken() {
        BadRequest e = assertThrows(BadRequest.class,
                () -> new Params(Map.of("limt", List.of("5")), Set.of("limit", "offset")));
        assertEquals("unknown parameter 'limt'; this route takes [limit, offset]", e.getMessage());
    }

    @Test
    void limitAboveTheMaximumIsRefused() {
        BadRequest e = assertThrows(BadRequest.class, () -> of("limit", "501").limit(20));
        assertEquals("parameter 'limit' must be between 1 and 500, not 501", e.getMessage());
    }

    @Test
    void monthAsADateMeansItsFirstOrLastDay() {
        assertEquals(LocalDate.of(2024, 2, 1), of("from", "2024-02").date("from"));
        assertEquals(LocalDate.of(2024, 2, 29), of("to", "2024-02").endDate("to"));
        assertEquals(LocalDate.of(2024, 2, 10), of("to", "2024-02-10").endDate("to"));
        assertEquals(YearMonth.of(2024, 10), of("month", "2024-10").month("month"));
    }

    @Test
    void choiceIgnoresCaseAndAnswersAsWritten() {
        assertEquals("ACCUSE", of("type", "accuse").choice("type", Set.of("ACCUSE", "AGREE")));
        assertThrows(BadRequest.class, () -> of("type", "accuse;").choice("type", Set.of("ACCUSE")));
    }

    @Test
    void codeKeepsLettersDigitsUnderscoreAndHyphenOnly() {
        assertEquals("TALIBAN", of("actor", "taliban").code("actor"));
        assertEquals("ISIS-K", of("actor", "ISIS-K").code("actor"));
        for (String bad : List.of("PAK'", "PAK OR 1=1", "../PAK", "-PAK", "P".repeat(33))) {
            assertThrows(BadRequest.class, () -> of("actor", bad).code("actor"), bad);
        }
    }

    @Test
    void idsInPathsAreChecked() {
        assertEquals("ab12", Params.id("document id", "ab12"));
        assertThrows(BadRequest.class, () -> Params.id("document id", "../../etc/passwd"));
        assertThrows(BadRequest.class, () -> Params.id("document id", "x".repeat(129)));
    }
}
