package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.nlp.Token;

/**
 * What a counted group stands for before the text has named any list: "All four agree that ..." opening an
 * article headlined "China, Iran, Pakistan and Russia Statement ..." means those four. Group words after a list
 * in the text are the recogniser's (its {@code GroupAnaphora} makes them mentions of the list's actors); this
 * reads only the headline, whose names the recogniser never sees. A list is a run of actor names joined by
 * commas, "and", "or" or "nor"; its members are counted by state.
 */
final class HeadlineList {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    private static final Set<String> DETERMINERS = Set.of("all", "the", "those", "these");
    private static final Pattern JOINT = Pattern.compile("\\s*(,\\s*(and\\s+|or\\s+|nor\\s+)?|\\s(and|or|nor)\\s+)",
            Pattern.CASE_INSENSITIVE);

    /** A name's place in the headline and the party it counts as. */
    private record Place(int start, int end, String id, String party) {
    }

    private final List<List<String>> lists;

    /**
     * @param title the headline, or null
     * @param actors every actor of the document (the headline's names are found by their mentions' words)
     */
    HeadlineList(String title, ActorSet actors) {
        this.lists = title == null ? List.of() : runs(places(title, actors), title);
    }

    /**
     * The actors a counted word ("all four", "the three") stands for: the headline's list of that many, or
     * nobody.
     */
    List<String> of(Token number, List<Token> determiners) {
        Integer n = NUMBERS.get(Parse.lower(number));
        if (n == null && Parse.lower(number).matches("[2-9]")) {
            n = Integer.parseInt(Parse.lower(number));
        }
        boolean counted = number.pos().equals("CD")
                && determiners.stream().anyMatch(d -> DETERMINERS.contains(Parse.lower(d)));
        if (n == null || !counted) {
            return List.of();
        }
        int size = n;
        Optional<List<String>> found = lists.stream().filter(l -> l.size() == size).reduce((a, b) -> b);
        return found.orElse(List.of());
    }

    private static List<List<String>> runs(List<Place> places, String title) {
        List<List<String>> out = new ArrayList<>();
        List<Place> run = new ArrayList<>();
        for (Place p : places) {
            Place last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last != null && p.start() < last.end()) {
                continue; // a name inside a longer one
            }
            if (last != null && !JOINT.matcher(title.substring(last.end(), p.start())).matches()) {
                out.add(members(run));
                run.clear();
            }
            run.add(p);
        }
        if (!run.isEmpty()) {
            out.add(members(run));
        }
        return out.stream().filter(l -> l.size() > 1).toList();
    }

    private static List<String> members(List<Place> run) {
        Map<String, String> byParty = new LinkedHashMap<>();
        run.forEach(p -> byParty.putIfAbsent(p.party(), p.id()));
        return List.copyOf(byParty.values());
    }

    private static List<Place> places(String title, ActorSet actors) {
        return TitleNames.of(title, actors).stream()
                .map(at -> new Place(at.start(), at.end(), at.actor().id(), party(at.actor()))).toList();
    }

    private static String party(Actor a) {
        return a.country() != null ? a.country() : a.id().toLowerCase(Locale.ROOT);
    }
}
