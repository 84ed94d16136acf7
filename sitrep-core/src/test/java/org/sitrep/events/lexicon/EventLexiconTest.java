package org.sitrep.events.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventLexiconTest {

    private static final EventLexicon LEXICON = EventLexicon.bundled();
    private static final FallbackLemmatizer LEMMATIZER = FallbackLemmatizer.forVocabulary(LEXICON.vocabulary());

    private static List<String> lemmas(String sentence) {
        return LEMMATIZER.lemmas(Arrays.asList(sentence.split(" ")));
    }

    private static List<TriggerMatch> find(String sentence) {
        return LEXICON.find(lemmas(sentence));
    }

    private static String types(String sentence) {
        return find(sentence).stream().map(m -> m.first().type().name()).collect(Collectors.joining(" "));
    }

    @Test
    void bundledLexiconHasAFewHundredEntriesCoveringEveryType() {
        List<TriggerEntry> entries = LEXICON.entries();
        assertTrue(entries.size() >= 300, "entries: " + entries.size());
        for (PloverType type : PloverType.values()) {
            assertTrue(entries.stream().anyMatch(e -> e.type() == type), "no trigger for " + type);
        }
    }

    @Test
    void particleVerbBeatsItsBareVerb() {
        List<TriggerMatch> found = find("Iran called on the council to act");
        assertEquals(1, found.size());
        TriggerMatch callOn = found.get(0);
        assertEquals(PloverType.REQUEST, callOn.first().type());
        assertEquals("call on", callOn.first().pattern().toString());
        assertEquals(List.of(1, 2), callOn.positions());
        assertEquals(List.of("obl:on"), callOn.first().arguments().recipients());
    }

    @Test
    void gapLetsAParticleStandAfterTheObject() {
        TriggerMatch pull = find("Russia pulled its troops out of the region").get(0);
        assertEquals("pull ... out", pull.first().pattern().toString());
        assertEquals(PloverType.RETREAT, pull.first().type());
        assertEquals(List.of(1, 4), pull.positions());
        assertEquals(5, pull.end());
    }

    @Test
    void longerPhraseWinsAndKeepsItsReciprocalArguments() {
        TriggerMatch talks = find("Ankara held lengthy talks with Baghdad").get(0);
        assertEquals("hold ... talk", talks.first().pattern().toString());
        assertEquals(PloverType.CONSULT, talks.first().type());
        assertTrue(talks.first().arguments().reciprocal());
        assertEquals("046", talks.first().cameo().code());
    }

    @Test
    void gapNeverCrossesPunctuation() {
        assertEquals("RETREAT", types("they pulled them out"));
        assertEquals("", types("they pulled , out"), "pull ... out must not match across the comma");
    }

    @Test
    void stopPhraseSilencesTheNonEventSense() {
        assertEquals("", types("the ministry released a statement on Monday"));
        assertEquals("RETREAT", types("the rebels released two hostages"));
    }

    @Test
    void ambiguousWordKeepsEverySenseUsualOneFirst() {
        TriggerMatch strike = LEXICON.find(List.of("the", "strike", "kill", "four"), List.of("DT", "NN", "VBD", "CD"))
                .get(0);
        assertEquals(List.of(PloverType.ASSAULT, PloverType.PROTEST),
                strike.senses().stream().map(TriggerEntry::type).toList());
        assertEquals("PROTEST", types("workers began a general strike"));
    }

    @Test
    void tagsKeepOnlySensesOfTheRightWordClass() {
        List<String> lemmas = List.of("police", "block", "the", "road");
        List<TriggerMatch> asNoun = LEXICON.find(lemmas, List.of("NNS", "NN", "DT", "NN"));
        assertTrue(asNoun.isEmpty(), "block as a noun is no trigger: " + asNoun);
        List<TriggerMatch> asVerb = LEXICON.find(lemmas, List.of("NNS", "VBD", "DT", "NN"));
        assertEquals(PloverType.PROTEST, asVerb.get(0).first().type());
    }

    @Test
    void longestAtLooksOnlyAtThatPosition() {
        List<String> l = lemmas("Serbia sharply criticized the plan");
        assertEquals(Optional.empty(), LEXICON.longestAt(l, 1));
        assertEquals(PloverType.ACCUSE, LEXICON.longestAt(l, 2).orElseThrow().first().type());
        assertEquals("disapprove", LEXICON.longestAt(l, 2).orElseThrow().first().mode());
    }

    @Test
    void statementsAreEventsToo() {
        assertEquals("ACCUSE", types("Pakistan was critical of Kabul"));
        assertEquals("ACCUSE", types("Beijing condemned the decision"));
        assertEquals("ACCUSE ASSAULT", types("Beijing condemned the attack"), "both the statement and the attack");
        assertEquals("REQUEST", types("they urged Islamabad to act"));
        assertEquals("THREATEN", types("Tehran issued an ultimatum"));
        assertEquals("CONSULT", types("the ministers met in Moscow"));
        assertEquals("AGREE SUPPORT", types("the sides agreed and signed"));
    }

    @Test
    void noTriggerWordHidesTheInflectionOfAnother() {
        // the fallback lemmatiser keeps a vocabulary word as its own lemma, so "opposed" in a phrase "opposed to"
        // would stop "opposed" from reaching "oppose"; allowed only between one-word triggers of the same type
        Set<String> vocabulary = LEXICON.vocabulary();
        Map<String, Set<PloverType>> single = new HashMap<>();
        for (TriggerEntry e : LEXICON.entries()) {
            if (e.pattern().tokens().size() == 1) {
                single.computeIfAbsent(e.pattern().head(), k -> EnumSet.noneOf(PloverType.class)).add(e.type());
            }
        }
        List<String> clashes = new ArrayList<>();
        for (String lemma : vocabulary) {
            for (String form : FallbackLemmatizer.inflections(lemma)) {
                if (!vocabulary.contains(form) || form.equals(lemma)) {
                    continue;
                }
                boolean bothSingle = single.containsKey(lemma) && single.containsKey(form);
                if (!single.containsKey(form) || bothSingle && !single.get(form).equals(single.get(lemma))) {
                    clashes.add(lemma + " -> " + form);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyEntryIsTraceableToItsLine() {
        for (TriggerEntry e : LEXICON.entries()) {
            assertEquals("triggers.tsv", e.where().source());
            assertFalse(e.pattern().tokens().isEmpty());
        }
    }
}
