package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Parses the factuality reader mends before it reads them: a verb of wishing taken for an auxiliary, and a
 * headline's bare speech verb taken for a noun or left without a label on the clause it reports.
 */
final class Misreadings {

    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "will", "shall");

    /** A speech verb and the words that name who speaks. */
    record Speech(Token verb, List<Token> speaker) {
    }

    private Misreadings() {
    }

    /** A full verb the parser took for an auxiliary of the infinitive after it ("wanted to help"). */
    static boolean auxiliary(Token child) {
        return Parse.verb(child) && !child.pos().equals("MD") && !AUXILIARIES.contains(child.lemma());
    }

    /**
     * "Woman claims church imprisoned her": in headlines without "that" the parser often leaves the reported
     * clause as a bare {@code dep} of the speech verb; it is the verb's complement all the same.
     */
    static boolean unlabelledClause(Token clause, Token verb, Dependency edge, boolean verbIsCue) {
        return edge.is("dep") && verbIsCue && Parse.verb(clause) && Parse.verb(verb) && clause.index() > verb.index();
    }

    /**
     * "Nigerian journalist claims army detained her": the tagger reads a headline's bare speech verb as a plural
     * noun compounded onto the reported clause's subject; the words before it are the speaker.
     */
    static Optional<Speech> headlineSpeechVerb(Parse parse, Token verb, Predicate<Token> speechCue) {
        if (!Parse.verb(verb)) {
            return Optional.empty();
        }
        for (Token subject : parse.exactly(verb, "nsubj")) {
            for (Token word : parse.exactly(subject, "compound")) {
                List<Token> speaker = new ArrayList<>(parse.exactly(word, "compound"));
                // the parser hangs "journalist" and "claims" side by side off "army"
                parse.exactly(subject, "compound").stream().filter(c -> c.index() < word.index()).forEach(speaker::add);
                if (word.pos().equals("NNS") && !speaker.isEmpty() && speechCue.test(word)) {
                    return Optional.of(new Speech(word, speaker));
                }
            }
        }
        return Optional.empty();
    }
}
