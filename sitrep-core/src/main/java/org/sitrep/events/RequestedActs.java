package org.sitrep.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Who is to do what a request asks: "called on them to fulfil their obligation to fight them" has the Taliban
 * (whom the four called on) fight, not the four. An act in the chain of infinitives a request governs is done by
 * the request's recipients. One per sentence, filled as its requests are coded (a request comes before the
 * act it asks for).
 */
final class RequestedActs {

    private static final int REACH = 4;

    private final Parse parse;
    private final Map<Integer, List<String>> recipients = new HashMap<>();

    RequestedActs(Parse parse) {
        this.parse = parse;
    }

    /** Notes a coded request at its head and the recipients it was made to. */
    void record(Token request, List<String> whom) {
        if (!whom.isEmpty()) {
            recipients.put(request.index(), List.copyOf(whom));
        }
    }

    /** The recipients of the request whose infinitives lead to this act, if any. */
    Optional<List<String>> addressees(Token act) {
        Token current = act;
        for (int step = 0; step < REACH && Parse.verb(current); step++) {
            Optional<Dependency> up = parse.up(current);
            if (up.isEmpty() || !up.get().is("xcomp")) {
                return Optional.empty();
            }
            current = parse.token(up.get().governor());
            List<String> found = recipients.get(current.index());
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }
}
