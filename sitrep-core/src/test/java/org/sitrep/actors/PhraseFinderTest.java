package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The longest-match phrase finder of {@link ActorDictionary}, on sentences written for this test. */
class PhraseFinderTest {

    private static final ActorDictionary ACTORS = ActorDictionary.bundled();

    /** Each match as "text=ID" or "text=+SECTOR" for a role, in order. */
    private static String describe(List<PhraseMatch> matches) {
        return matches.stream().map(m -> m.text() + "="
                + (m.actors().isEmpty() ? "+" + m.role()
                : m.actors().stream().map(a -> a.entry().id()).collect(Collectors.joining("/"))))
                .collect(Collectors.joining(", "));
    }

    @Test
    void compoundMentionSplitsIntoEachAdjectiveAndTheRoleHead() {
        String text = "In Moscow on Thursday, the Chinese, Iranian, Pakistani, and Russian Foreign Ministers urged "
                + "the Taliban in Kabul to act against ISIS-K and the TTP, the Kremlin said.";
        List<PhraseMatch> found = ACTORS.find(text);
        assertEquals("Moscow=RUS, Chinese=CHN, Iranian=IRN, Pakistani=PAK, Russian=RUS, Foreign Ministers=+GOV, "
                + "Taliban=TALIBAN, Kabul=AFG, ISIS-K=ISKP, TTP=TTP, Kremlin=RUS", describe(found));
        for (PhraseMatch match : found) {
            assertEquals(match.text(), text.substring(match.start(), match.end()));
        }
        PhraseMatch kremlin = found.get(found.size() - 1);
        assertEquals(Sector.GOV, kremlin.actors().get(0).resolve(null).sector());
    }

    @Test
    void longestMatchWinsOverItsParts() {
        String text = "Pakistani Taliban fighters crossed from Latin America? No: the U.S.-led coalition and "
                + "the South Sudanese army met Washington Post reporters near the Gulf of Aden.";
        assertEquals("Pakistani Taliban=TTP, fighters=+REB, Latin America=LATIN_AMERICA, U.S.=USA, "
                + "South Sudanese=SSD, army=+MIL, Washington Post=WASHINGTON_POST, reporters=+JRN, "
                + "Gulf of Aden=GULF_OF_ADEN", describe(ACTORS.find(text)));
    }

    @Test
    void possessivesAndLowerCaseWordsAreNotSwallowed() {
        String text = "Pakistan's army told us that turkey and chad were on the menu, Chad's police said.";
        assertEquals("Pakistan=PAK, army=+MIL, Chad=TCD, police=+COP", describe(ACTORS.find(text)));
    }

    @Test
    void tokenListsAreMatchedWithTokenIndices() {
        List<String> tokens = List.of("ISIS", "-", "K", "attacked", "Pakistan", "'s", "army", "and", "al-Qaeda", ".");
        List<PhraseMatch> found = ACTORS.findInTokens(tokens);
        assertEquals("ISIS - K=ISKP, Pakistan=PAK, army=+MIL, al-Qaeda=AL_QAEDA", describe(found));
        assertEquals(List.of(0, 3, 4, 5, 6, 7, 8, 9), found.stream()
                .flatMap(m -> Stream.of(m.start(), m.end())).toList());
    }

    @Test
    void textWithoutDictionaryWordsGivesNothing() {
        assertTrue(ACTORS.find("").isEmpty());
        assertTrue(ACTORS.find("1234 ... --- !!!").isEmpty());
        assertTrue(ACTORS.findInTokens(List.of()).isEmpty());
        assertTrue(ACTORS.find("the weather was fine, said nobody").isEmpty());
    }

    @Test
    void oneDictionaryServesManyThreadsAlike() throws Exception {
        String text = "Pakistani troops and Afghan Taliban fighters clashed, officials in Islamabad and Kabul said.";
        List<PhraseMatch> expected = ACTORS.find(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<PhraseMatch>>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                runs.add(pool.submit(() -> ACTORS.find(text)));
            }
            for (Future<List<PhraseMatch>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("Pakistani=PAK, troops=+MIL, Afghan Taliban=TALIBAN, fighters=+REB, officials=+GOV, "
                + "Islamabad=PAK, Kabul=AFG", describe(expected));
    }

    @Test
    void ambiguousNamesKeepEveryCandidate() {
        PhraseMatch congo = ACTORS.find("Fighting resumed in Congo.").get(0);
        assertEquals(2, congo.actors().size());
        assertNull(congo.role());
    }
}
