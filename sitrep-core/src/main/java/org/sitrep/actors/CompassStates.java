package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The North" and "the South" standing for a state the document names in full: "North Korea ... shelling
 * from the North", "The South retaliated". Only when one state of the document starts with that word; "the North
 * Atlantic" and a lower-case "the north" are left alone.
 */
final class CompassStates {

    /** "the North" or "the South", not followed by another name or a hyphen ("the North-East"). */
    private static final Pattern SHORT = Pattern.compile("\\b[Tt]he (North|South)\\b(?!\\s+[A-Z]|-)");

    private CompassStates() {
    }

    /** A mention of the state for every "the North" or "the South" no mention covers yet. */
    static List<Candidate> find(String text, List<Candidate> all) {
        Map<String, ActorKey> states = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : all) {
            ActorKey key = c.key();
            String[] words = key.name().split(" ");
            if (key.kind() == ActorKind.COUNTRY && key.code() != null && words.length == 2
                    && (words[0].equals("North") || words[0].equals("South"))) {
                ActorKey plain = new ActorKey(key.code(), key.country(), null, ActorKind.COUNTRY, key.name());
                if (!plain.equals(states.put(words[0], plain))) {
                    counts.merge(words[0], 1, Integer::sum);
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        Matcher m = SHORT.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            ActorKey state = states.get(m.group(1));
            if (state != null && counts.get(m.group(1)) == 1
                    && all.stream().noneMatch(c -> c.start() < end && start < c.end())) {
                out.add(new Candidate(state, start, end, true, false));
            }
        }
        return out;
    }
}
