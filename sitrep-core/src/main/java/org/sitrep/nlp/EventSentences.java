package org.sitrep.nlp;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@link ParseSelection} of an event coder: a sentence is parsed when it may report an event, when it
 * holds a quotation mark, when it opens a quote after it ("She continued:"), or when it may hold the
 * antecedent of a pronoun in a later sentence that reports one or quotes someone. Everything else (background, furniture, figures) keeps its tokens and entities, and no graph.
 */
final class EventSentences implements ParseSelection {

    /** How far back from a triggered sentence with a pronoun the antecedent is looked for. */
    private static final int ANTECEDENT_REACH = 3;

    /** Labels that name an actor, so a sentence with one may set the subject a later pronoun stands for. */
    private static final Set<String> NAMING = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY",
            "NATIONALITY", "CITY", "STATE_OR_PROVINCE", "TITLE");

    private final Predicate<Sentence> triggered;

    EventSentences(Predicate<Sentence> triggered) {
        this.triggered = triggered;
    }

    @Override
    public BitSet select(List<Sentence> sentences) {
        BitSet chosen = new BitSet(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            // a quote's speaker may be a pronoun ("... alarms me," he said) as much as an act's actor
            if (quoted(sentence) && i > 0 && opens(sentences.get(i - 1))) {
                chosen.set(i - 1); // "Rathbun stated:" names who speaks in the quote after it
            }
            if (quoted(sentence) || triggered.test(sentence)) {
                chosen.set(i);
                if (hasPronoun(sentence)) {
                    antecedents(sentences, i, chosen);
                }
            }
        }
        return chosen;
    }

    /** Marks the sentences before {@code i} back to the nearest that names someone, within reach. */
    private static void antecedents(List<Sentence> sentences, int i, BitSet chosen) {
        for (int j = i - 1; j >= Math.max(0, i - ANTECEDENT_REACH); j--) {
            chosen.set(j);
            if (names(sentences.get(j))) {
                return;
            }
        }
    }

    static boolean quoted(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            String text = token.text();
            if (text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A sentence ending in a colon or comma, which opens what follows. */
    static boolean opens(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).text();
        return last.equals(":") || last.equals(",");
    }

    static boolean hasPronoun(Sentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> t.pos().startsWith("PRP"));
    }

    static boolean names(Sentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> NAMING.contains(t.ner()));
    }
}
