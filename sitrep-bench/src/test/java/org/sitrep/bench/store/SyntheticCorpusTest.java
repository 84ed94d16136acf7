package org.sitrep.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.export.ActorRow;
import org.sitrep.export.EventRow;
import org.sitrep.export.MentionRow;
import org.sitrep.export.QuoteRow;
import org.sitrep.export.TableRows;

class SyntheticCorpusTest {

    private static final int DOCUMENTS = 2000;
    private final SyntheticCorpus corpus = new SyntheticCorpus(42);

    @Test
    void theSameSeedAndIndexGiveTheSameDocument() {
        SyntheticCorpus again = new SyntheticCorpus(42);
        for (int i : new int[] {0, 1, 17, 999}) {
            assertEquals(corpus.rows(i), again.rows(i));
        }
        assertNotEquals(corpus.rows(5).document().text(), new SyntheticCorpus(43).rows(5).document().text());
    }

    @Test
    void documentsHaveThreeToFifteenEventsOverThreeYears() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            TableRows rows = corpus.rows(i);
            assertTrue(ids.add(rows.document().docId()), "document ids are unique");
            int events = rows.events().size();
            assertTrue(events >= 3 && events <= 15, "document " + i + " has " + events + " events");
            LocalDate day = rows.document().publishedDay();
            assertTrue(!day.isBefore(SyntheticCorpus.FIRST_DAY) && day.isBefore(LocalDate.of(2025, 1, 1)), day.toString());
            assertTrue(rows.document().source().startsWith("https://www."), rows.document().source());
        }
    }

    @Test
    void everyOffsetPointsAtItsText() {
        for (int i = 0; i < 300; i++) {
            TableRows rows = corpus.rows(i);
            String text = rows.document().text();
            for (MentionRow m : rows.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
            for (EventRow e : rows.events()) {
                assertEquals(e.triggerText(), text.substring(e.triggerStart(), e.triggerEnd()));
                assertTrue(e.sentence().contains(e.triggerText()), e.sentence());
                assertTrue(e.actorNames().stream().allMatch(e.sentence()::contains), e.sentence());
            }
            for (QuoteRow q : rows.quotes()) {
                assertEquals(q.text(), text.substring(q.start(), q.end()));
            }
        }
    }

    @Test
    void actorsSpreadOverManyCountriesAndSomeGroups() {
        Set<String> countries = new HashSet<>();
        Set<String> groups = new HashSet<>();
        int pakistan = 0;
        int events = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            for (ActorRow a : corpus.rows(i).actors()) {
                (a.kind().equals("country") ? countries : groups).add(a.code());
                pakistan += "PAK".equals(a.code()) ? 1 : 0;
            }
            events += corpus.rows(i).events().size();
        }
        assertTrue(countries.size() > 150, countries.size() + " countries");
        assertTrue(groups.size() > 20, groups.size() + " groups");
        assertTrue(pakistan > 50, "a frequent country comes back often: " + pakistan);
        assertTrue(events > DOCUMENTS * 8, events + " events");
    }

    @Test
    void someArticlesAreSyndicatedCopiesUnderAnotherAddress() {
        Set<String> texts = new HashSet<>();
        int copies = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            copies += texts.add(corpus.rows(i).document().text()) ? 0 : 1;
        }
        assertTrue(copies > DOCUMENTS / 100 && copies < DOCUMENTS / 20, copies + " copies");
    }

    @Test
    void aNegativeIndexIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> corpus.rows(-1));
    }
}
