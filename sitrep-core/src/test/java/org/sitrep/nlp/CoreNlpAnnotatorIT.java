package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default annotator on sentences written for these tests: offsets, lemmas and tags, entities, dates and
 * the dependency frames that events are built from. The models load once per test JVM.
 */
class CoreNlpAnnotatorIT {

    static final LocalDate OCT_3_2024 = LocalDate.of(2024, 10, 3);
    private static Annotator nlp;

    @BeforeAll
    static void load() {
        nlp = CoreNlpAnnotator.of(NlpConfig.defaults());
    }

    /** The one sentence of a text. */
    static Sentence only(String text) {
        List<Sentence> sentences = nlp.annotate(text, OCT_3_2024).sentences();
        assertEquals(1, sentences.size(), () -> "one sentence expected in: " + text);
        return sentences.get(0);
    }

    static Token word(Sentence sentence, String text) {
        return sentence.tokens().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + text + "' in " + sentence.tokens()));
    }

    static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    /** Every character but spaces (no-break ones too) is in one token, tokens in order, each its own text. */
    static void assertTokensTile(AnnotatedText doc) {
        String text = doc.text();
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (Sentence sentence : doc.sentences()) {
            for (Token token : sentence.tokens()) {
                assertTrue(token.span().start() >= previousEnd, () -> "token out of order: " + token);
                assertEquals(token.text(), text.substring(token.span().start(), token.span().end()));
                for (int i = token.span().start(); i < token.span().end(); i++) {
                    covered[i] = true;
                }
                previousEnd = token.span().end();
            }
        }
        for (int i = 0; i < text.length(); i++) {
            int at = i;
            char c = text.charAt(i);
            assertTrue(covered[i] || Character.isWhitespace(c) || Character.isSpaceChar(c),
                    () -> "char " + at + " '" + text.charAt(at) + "' is in no token");
        }
    }

    @Test
    void tokenOffsetsMapBackToQuotesDashesAccentsAndEmoji() {
        String text = "\u201CWe can\u2019t wait,\u201D said Zo\u00EB O\u2019Brien \uD83D\uDE00 in Z\u00FCrich \u2014 "
                + "the 2nd deal (worth \u20AC5bn) wasn't \"final\".\n\nC\u00F4te d'Ivoire's envoys\u2014twice\u2014met "
                + "ISIS-K's \u00ABleaders\u00BB in \u5317\u4EAC.";
        AnnotatedText doc = nlp.annotate(text, OCT_3_2024);
        assertTokensTile(doc);
        List<String> words = doc.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
        for (String expected : List.of("Zo\u00EB", "O\u2019Brien", "\uD83D\uDE00", "Z\u00FCrich", "\u2014", "\u20AC",
                "C\u00F4te", "\u5317\u4EAC")) {
            assertTrue(words.contains(expected), () -> expected + " missing from " + words);
        }
        assertEquals(2, doc.sentences().size(), "a blank line ends a sentence");
        assertTrue(doc.text(doc.sentences().get(1).span()).startsWith("C\u00F4te"));
    }

    @Test
    void lemmasAndTagsAreSane() {
        Sentence s = only("The ministers met in Lima and would sign two accords.");
        assertEquals("meet", word(s, "met").lemma());
        assertEquals("VBD", word(s, "met").pos());
        assertEquals("minister", word(s, "ministers").lemma());
        assertEquals("NNS", word(s, "ministers").pos());
        assertEquals("MD", word(s, "would").pos());
        assertEquals("accord", word(s, "accords").lemma());
        assertEquals("NNP", word(s, "Lima").pos());
    }

    @Test
    void entitiesFindStatesPeopleGroupsAndPlaces() {
        String text = "Pakistani troops and the TTP clashed near Peshawar, while ISIS-K claimed an attack in Kabul, "
                + "Angela Merkel told Reuters and the United Nations. Iran and Chinese Foreign Ministers agreed.";
        AnnotatedText doc = nlp.annotate(text, OCT_3_2024);
        Map<String, String> types = doc.entities().stream()
                .collect(Collectors.toMap(Entity::text, Entity::type, (a, b) -> a));
        assertEquals("NATIONALITY", types.get("Pakistani"));
        assertEquals("ORGANIZATION", types.get("TTP"));
        assertEquals("ORGANIZATION", types.get("ISIS-K"));
        assertEquals("CITY", types.get("Kabul"));
        assertEquals("LOCATION", types.get("Peshawar"));
        assertEquals("PERSON", types.get("Angela Merkel"));
        assertEquals("ORGANIZATION", types.get("Reuters"));
        assertEquals("ORGANIZATION", types.get("United Nations"));
        assertEquals("COUNTRY", types.get("Iran"));
        assertEquals("TITLE", types.get("Foreign Ministers"));
        for (Entity entity : doc.entities()) {
            assertEquals(entity.text(), doc.text(entity.span()));
            Sentence sentence = doc.sentences().get(entity.sentence());
            assertEquals(entity.span().start(), sentence.token(entity.firstToken()).span().start());
            assertEquals(entity.span().end(), sentence.token(entity.endToken() - 1).span().end());
        }
    }

    @Test
    void relativeDatesAreReadAgainstTheDocumentDate() {
        String text = "The envoys met last week and spoke again yesterday.";
        Map<String, String> dates = nlp.annotate(text, OCT_3_2024).entities().stream()
                .filter(e -> e.type().equals("DATE")).collect(Collectors.toMap(Entity::text, Entity::normalized));
        assertEquals("2024-W39", dates.get("last week"));
        assertEquals("2024-10-02", dates.get("yesterday"));
        Map<String, String> earlier = nlp.annotate(text, LocalDate.of(2023, 5, 10)).entities().stream()
                .filter(e -> e.type().equals("DATE")).collect(Collectors.toMap(Entity::text, Entity::normalized));
        assertEquals("2023-05-09", earlier.get("yesterday"));
        AnnotatedText undated = nlp.annotate(text, null);
        assertEquals(null, undated.documentDate());
        assertEquals(1, undated.sentences().size());
    }

    @Test
    void reportedSpeechGivesSaidWithAClausalComplement() {
        Sentence s = only("The joint communique said that Kabul must dismantle the militant camps.");
        Token said = word(s, "said");
        assertEquals(List.of(said), s.roots());
        Token dismantle = s.child(said, "ccomp").orElseThrow();
        assertEquals("dismantle", dismantle.text());
        assertEquals(List.of("Kabul"), texts(s.children(dismantle, "nsubj")));
        assertEquals(List.of("must"), texts(s.children(dismantle, "aux")));
        assertEquals(List.of("camps"), texts(s.children(dismantle, "obj")));
        assertEquals(List.of("communique"), texts(s.children(said, "nsubj")));
    }

    @Test
    void aConditionHangsOnTheMainVerbAsAdvclIf() {
        Sentence s = only("India would launch air strikes if it judged them essential.");
        Token launch = word(s, "launch");
        assertEquals(List.of("India"), texts(s.children(launch, "nsubj")));
        assertEquals(List.of("would"), texts(s.children(launch, "aux")));
        assertEquals(List.of("judged"), texts(s.children(launch, "advcl:if")));
        assertEquals(List.of("strikes"), texts(s.children(launch, "obj")));
    }

    @Test
    void blameTakesItsTargetAsObjectAndItsCauseAsOblFor() {
        Sentence s = only("The ministers blamed Washington for the crisis.");
        Token blamed = word(s, "blamed");
        assertEquals(List.of("Washington"), texts(s.children(blamed, "obj")));
        assertEquals(List.of("crisis"), texts(s.children(blamed, "obl:for")));
        assertEquals(List.of("crisis"), texts(s.children(blamed, "obl")));
        assertEquals(blamed, s.head(word(s, "Washington")).orElseThrow());
    }

    @Test
    void negationControlAndConjunctionAreInTheGraph() {
        Sentence negated = only("Iran did not attend the summit.");
        assertTrue(texts(negated.children(word(negated, "attend"), "advmod")).contains("not"));

        Sentence control = only("Russia wants to expand its investments.");
        Token expand = word(control, "expand");
        assertEquals(expand, control.child(word(control, "wants"), "xcomp").orElseThrow());
        assertEquals(List.of("Russia"), texts(control.children(expand, "nsubj")), "the controlled subject");

        Sentence joint = only("China and Iran condemned the attack.");
        Token condemned = word(joint, "condemned");
        assertEquals(List.of("China", "Iran"), texts(joint.children(condemned, "nsubj")));
        assertEquals(List.of("Iran"), texts(joint.children(word(joint, "China"), "conj:and")));
        assertEquals(condemned, joint.head(word(joint, "China")).orElseThrow());
        assertNotEquals(condemned, joint.head(word(joint, "Iran")).orElseThrow(), "Iran's tree head is China");
    }
}
