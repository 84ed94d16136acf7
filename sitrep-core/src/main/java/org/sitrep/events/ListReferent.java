package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.Mention;
import org.sitrep.nlp.Token;

/**
 * What a counted group stands for: "all four", "the three", "those two", "both" are the last list of that
 * many actors the text named ("China, Iran, Pakistan and Russia"), or, before the text names one, the list
 * in its headline. A list is a run of actor mentions joined only by commas and "and"/"or"; its members are
 * counted by state, so two mentions of one country are one member.
 */
final class ListReferent {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("both", 2));
    private static final Set<String> DETERMINERS = Set.of("all", "the", "those", "these", "both");
    /** Nouns a count of states or their envoys heads: "those other three countries", "the two sides". */
    private static final Set<String> GROUPS = Set.of("country", "state", "nation", "government", "power",
            "capital", "side", "member", "neighbour", "neighbor", "partner", "ally", "minister", "leader",
            "president");
    private static final Pattern JOINT = Pattern.compile("\\s*(,\\s*(and\\s+|or\\s+|nor\\s+)?|\\s(and|or|nor)\\s+)",
            Pattern.CASE_INSENSITIVE);

    /** A mention's place in a text and the party it counts as. */
    private record Place(int start, int end, String id, String party) {
    }

    private final String text;
    private final List<Place> inText;
    private final List<List<String>> titleLists;

    /**
     * @param text the text the actors' mentions index
     * @param title the headline, or null
     * @param actors every actor of the document
     */
    ListReferent(String text, String title, ActorSet actors) {
        this.inText = places(actors, a -> a.mentions().stream()
                .map(m -> new Place(m.start(), m.end(), a.id(), party(a))).toList());
        this.titleLists = title == null ? List.of() : runs(titlePlaces(title, actors), title, Integer.MAX_VALUE);
        this.text = text;
    }

    /**
     * The actors a counted subject or object stands for: the last list before it with as many members as it
     * counts, else the headline's; nobody when the word counts nothing or no list fits.
     */
    List<String> of(Token head, List<Token> determiners) {
        return count(head, determiners);
    }

    /** "those other three countries": a group noun counted by a number, read as that number would be. */
    List<String> ofGroup(Token noun, Parse parse) {
        if (!GROUPS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<Token> numbers = parse.exactly(noun, "nummod");
        return numbers.size() == 1 ? count(numbers.get(0), parse.exactly(noun, "det")) : List.of();
    }

    private List<String> count(Token head, List<Token> determiners) {
        Integer n = NUMBERS.get(Parse.lower(head));
        if (n == null && head.pos().equals("CD") && Parse.lower(head).matches("[2-9]")) {
            n = Integer.parseInt(Parse.lower(head));
        }
        boolean counted = Parse.lower(head).equals("both")
                || head.pos().equals("CD") && determiners.stream().anyMatch(d -> DETERMINERS.contains(Parse.lower(d)));
        if (n == null || !counted) {
            return List.of();
        }
        int size = n;
        List<List<String>> before = runs(inText, text, head.span().start());
        Optional<List<String>> last = lastOfSize(before, size);
        return last.or(() -> lastOfSize(titleLists, size)).orElse(List.of());
    }

    private static Optional<List<String>> lastOfSize(List<List<String>> lists, int size) {
        for (int i = lists.size() - 1; i >= 0; i--) {
            if (lists.get(i).size() == size) {
                return Optional.of(lists.get(i));
            }
        }
        return Optional.empty();
    }

    /** Runs of mentions that end before {@code limit}, each as its actors' ids, one per party. */
    private static List<List<String>> runs(List<Place> places, String text, int limit) {
        List<List<String>> out = new ArrayList<>();
        List<Place> run = new ArrayList<>();
        for (Place p : places) {
            if (p.end() > limit) {
                break;
            }
            Place last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last != null && p.start() < last.end()) {
                continue; // a name inside a longer one ("Pakistan" in "Pakistan's foreign minister")
            }
            if (last != null && !joined(text, last, p)) {
                out.add(members(run));
                run.clear();
            }
            run.add(p);
        }
        if (!run.isEmpty()) {
            out.add(members(run));
        }
        return out;
    }

    private static boolean joined(String text, Place left, Place right) {
        return JOINT.matcher(text.substring(left.end(), right.start())).matches();
    }

    private static List<String> members(List<Place> run) {
        Map<String, String> byParty = new LinkedHashMap<>();
        run.forEach(p -> byParty.putIfAbsent(p.party(), p.id()));
        return List.copyOf(byParty.values());
    }

    private static List<Place> titlePlaces(String title, ActorSet actors) {
        return places(actors, a -> {
            List<Place> found = new ArrayList<>();
            for (String name : new LinkedHashSet<>(a.mentions().stream().map(Mention::text).toList())) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(title);
                while (m.find()) {
                    found.add(new Place(m.start(), m.end(), a.id(), party(a)));
                }
            }
            return found;
        });
    }

    private static List<Place> places(ActorSet actors, Function<Actor, List<Place>> of) {
        List<Place> all = new ArrayList<>();
        for (Actor a : actors.actors()) {
            if (!"other".equals(a.kind())) {
                all.addAll(of.apply(a));
            }
        }
        all.sort(Comparator.comparingInt(Place::start).thenComparing(Place::end, Comparator.reverseOrder()));
        return all;
    }

    private static String party(Actor a) {
        return a.country() != null ? a.country() : a.id().toLowerCase(Locale.ROOT);
    }
}
