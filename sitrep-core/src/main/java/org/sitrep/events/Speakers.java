package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Token;

/**
 * Who speaks through the subjects of a speech verb: every actor they name ("China, Iran and Russia said",
 * "those four's joint statement said"), less the names that only say more about a speaker already there: an
 * apposition ("the Philippine foreign secretary, Miguel Santos": one speaker) and an owner ("Pakistan's Dawn
 * newspaper": the paper speaks). When nothing else is named, the owners are the speakers.
 */
final class Speakers {

    private Speakers() {
    }

    static List<String> of(List<Token> subjects, Parse parse, ArgumentFinder arguments) {
        List<String> named = new ArrayList<>();
        for (Token subject : subjects) {
            arguments.idsOf(subject).stream().filter(id -> !named.contains(id)).forEach(named::add);
        }
        // the apposition goes first: "Malaysia's minister, Farid Osman" is Malaysia's minister
        List<String> speakers = without(named, subjects, "appos", parse, arguments);
        return without(speakers, subjects, "nmod:poss", parse, arguments);
    }

    /** The ids less those named under this relation of a subject, unless nothing would be left. */
    private static List<String> without(List<String> ids, List<Token> subjects, String relation, Parse parse,
                                        ArgumentFinder arguments) {
        Set<String> aside = new HashSet<>();
        for (Token subject : subjects) {
            parse.exactly(subject, relation).forEach(t -> aside.addAll(arguments.idsOf(t)));
        }
        List<String> rest = ids.stream().filter(id -> !aside.contains(id)).toList();
        return rest.isEmpty() ? List.copyOf(ids) : rest;
    }
}
