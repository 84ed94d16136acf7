package org.sitrep.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.lexicon.ArgumentHints;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Whom a directed act is aimed at, when the trigger's hints name nobody. In order, the first that names
 * anyone wins:
 *
 * <ol>
 *   <li>for a threat, the subjects of its conditions ("threatened to stop the talks if the United States goes
 *       ahead");</li>
 *   <li>the usual places of a recipient (object, "against", "on", "to", "with", "for" phrases), on the
 *       trigger or on the verbs it controls ("offered to hand over to Britain");</li>
 *   <li>the recipient of the act it is done for ("staged a hunger strike to demand the resignation of the
 *       president", "blocked roads to press demands on the government"): a protest is aimed at whom its
 *       demand is;</li>
 *   <li>any other actor named in the trigger's clause ("aid to refugees in Liberia");</li>
 *   <li>the place the act lands in ("eased emergency measures in Montenegro", "opened an embassy in Tehran",
 *       "postponed the demonstration in Baku"), which is what PLOVER codes as the target of an act with no
 *       one else on the receiving end.</li>
 * </ol>
 * Of several found, those nearest the trigger in the dependency tree win, and a place named after a
 * locative preposition gives way to a party. Past the hints, a place of no state ("the Middle East") is no
 * partner of an act whose actors are coded: it is named in passing.
 */
final class Recipients {

    private static final List<String> FALLBACK = List.of("obj", "iobj", "obl:against", "obl:on", "obl:to",
            "obl:with", "obl:for", "xcomp:obj", "ccomp:nsubj");
    private static final List<String> GIVEN_TO = List.of("iobj", "obl:to", "obl:for", "obl:against", "obl:on",
            "obl:with");
    private static final List<String> LOCATIVE = List.of("in", "at", "inside", "within", "throughout", "across",
            "near", "into");
    private static final List<String> NOT_THE_ACT = List.of("nsubj", "nsubj:pass", "csubj", "parataxis", "punct",
            "obl:agent", "ccomp");

    private final Parse parse;
    private final ArgumentFinder arguments;
    private final ActorSet actors;

    Recipients(Parse parse, ArgumentFinder arguments, ActorSet actors) {
        this.parse = parse;
        this.arguments = arguments;
        this.actors = actors;
    }

    /**
     * The recipients of an act.
     *
     * @param who the actors, never recipients as well
     * @param source the attribution's source, never a recipient either
     * @param directed whether the act has a direction (not a meeting of equals)
     * @param threat whether the act is a threat, aimed at whom its condition is on when nobody else is named
     */
    List<String> of(Token head, ArgumentHints hints, List<String> who, List<String> source, boolean directed,
                    boolean threat) {
        List<String> whom = arguments.idsThrough(head, hints.recipients(), true);
        if (!directed) {
            return whom;
        }
        // the act's own actors are never its recipients ("they blocked roads": the roads are not theirs to
        // receive), so a slot that names only them counts as empty
        whom = others(whom, who, source);
        // below, the places the hints do not name: a region of no state there ("a conference on water problems
        // in the Middle East") is named in passing, no party
        if (whom.isEmpty() && threat) {
            whom = others(regionless(conditionSubjects(head), who), who, source);
        }
        if (whom.isEmpty()) {
            whom = others(regionless(usualPlaces(head), who), who, source);
        }
        if (whom.isEmpty()) {
            whom = others(regionless(purposeRecipients(head), who), who, source);
        }
        // "will not accept refugees if war starts in Iraq": a condition says when, not whom (but see threats)
        List<String> when = new ArrayList<>(source);
        when.addAll(threat ? List.of() : conditionNames(head));
        if (whom.isEmpty()) {
            whom = others(regionless(arguments.idsInClause(head), who), who, when);
        }
        if (whom.isEmpty()) {
            whom = others(placesOfAct(head), who, when);
        }
        List<String> scene = scene(head);
        return nearest(head, parties(whom.stream().filter(id -> !scene.contains(id)).toList()));
    }

    /**
     * The recipients named as a party, when some are: a place named only after a locative preposition
     * ("killed the deputy chief of Israel's militia ally in southern Lebanon") says where the act happened,
     * not whom it was aimed at, once a party is named.
     */
    private List<String> parties(List<String> ids) {
        List<String> named = notPlaces(parse, actors, ids);
        return named.stream().anyMatch(this::coded) ? ids.stream().filter(id -> named.contains(id) || !coded(id))
                .toList() : ids;
    }

    /**
     * The ids less places of no known state ("the Middle East", "the Mediterranean"), when the act's actors
     * include a coded party: such a place is named in passing. Recipients of an act by no one known ("grants
     * for shelters in the districts of Khulna") stay, as they are all the record says.
     */
    private List<String> regionless(List<String> ids, List<String> who) {
        if (who.stream().noneMatch(this::coded)) {
            return ids;
        }
        return ids.stream().filter(id -> actors.actors().stream().noneMatch(a -> a.id().equals(id)
                && "other".equals(a.kind()) && a.country() == null && a.code() == null)).toList();
    }

    /** An actor with a country or a code: only these compete for the place of the recipient. */
    private boolean coded(String id) {
        // a party a pronoun stood for was named in another sentence: it is someone, so it competes
        return actors.actors().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(a -> a.country() != null || a.code() != null).orElse(true);
    }

    /**
     * The recipients nearest the trigger in the dependency tree, those named deeper inside the phrase left
     * out: "defended the right of Russian troops to fire on militants in Azerbaijan" is aimed at Russia, "an
     * appeal for deploying troops along its borders with Israel" at the appealing body. Coordinated names
     * are equally near ("Congo and Costa Rica").
     */
    private List<String> nearest(Token head, List<String> ids) {
        if (ids.size() < 2) {
            return ids;
        }
        int[] distance = distances(head);
        Map<String, Integer> nearest = new LinkedHashMap<>();
        for (Token t : parse.sentence().tokens()) {
            for (String id : actors.idsAt(t.span().start(), t.span().end())) {
                if (ids.contains(id)) {
                    nearest.merge(id, distance[t.index()], Math::min);
                }
            }
        }
        int least = nearest.entrySet().stream().filter(e -> coded(e.getKey())).mapToInt(Map.Entry::getValue)
                .min().orElse(0);
        return ids.stream().filter(id -> !coded(id) || nearest.getOrDefault(id, least) == least).toList();
    }

    /**
     * A conjunct of a noun and a noun's own modifier ("Israeli" in "an Israeli peace movement", "Serbia's")
     * are as near as the noun; a conjoined clause is another act, further off than a phrase of this one.
     */
    private int cost(Dependency edge) {
        if (edge.is("conj")) {
            return Parse.verb(parse.token(edge.dependent())) ? 3 : 0;
        }
        // "the US-led war": the leader named on "led" is as near as the war
        boolean led = Parse.lower(parse.token(edge.governor())).endsWith("led");
        return edge.is("amod") || edge.is("compound") || edge.is("nmod:poss") || led ? 0 : 1;
    }

    /** Steps from the trigger to each token through the basic tree, either direction, at {@link #cost}. */
    private int[] distances(Token head) {
        int n = parse.sentence().tokens().size();
        int[] distance = new int[n];
        Arrays.fill(distance, Integer.MAX_VALUE);
        distance[head.index()] = 0;
        Deque<Integer> queue = new ArrayDeque<>(List.of(head.index()));
        while (!queue.isEmpty()) {
            int i = queue.pollFirst();
            List<Dependency> edges = new ArrayList<>();
            parse.up(parse.token(i)).ifPresent(edges::add);
            parse.sentence().dependents(parse.token(i)).stream().filter(e -> !e.extra()).forEach(edges::add);
            for (Dependency edge : edges) {
                int next = edge.governor() == i ? edge.dependent() : edge.governor();
                int cost = cost(edge);
                if (distance[i] + cost < distance[next]) {
                    distance[next] = distance[i] + cost;
                    if (cost == 0) {
                        queue.addFirst(next);
                    } else {
                        queue.addLast(next);
                    }
                }
            }
        }
        return distance;
    }

    /**
     * The ids less those named in this sentence only as a place, after a locative preposition: "to fight
     * terrorist groups inside Afghanistan" makes the groups, not Afghanistan, the other party of a fight.
     */
    static List<String> notPlaces(Parse parse, ActorSet actors, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            boolean other = false;
            for (Token t : parse.sentence().tokens()) {
                boolean named = actors.idsAt(t.span().start(), t.span().end()).contains(id);
                boolean first = named && (t.index() == 0 || !actors.idsAt(parse.token(t.index() - 1).span().start(),
                        parse.token(t.index() - 1).span().end()).contains(id));
                other |= first && (t.index() == 0 || !LOCATIVE.contains(Parse.lower(parse.token(t.index() - 1))));
            }
            if (other) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * Actors named only in a participle clause set before the act ("Speaking in Bolivia, Argentina
     * promised aid"): they say where or how the actor spoke, not whom the act is aimed at.
     */
    private List<String> scene(Token head) {
        Set<String> ids = new LinkedHashSet<>();
        List<Token> clauses = new ArrayList<>(parse.children(head, "advcl"));
        clauses.addAll(parse.exactly(head, "dep")); // the parser's name for some of them
        for (Token clause : clauses) {
            if (clause.index() < head.index() && (clause.pos().equals("VBG") || clause.pos().equals("VBN"))) {
                for (Token t : parse.subtree(clause, List.of(), null)) {
                    ids.addAll(actors.idsAt(t.span().start(), t.span().end()));
                }
            }
        }
        return List.copyOf(ids);
    }

    private static List<String> others(List<String> ids, List<String> who, List<String> source) {
        return ids.stream().filter(id -> !who.contains(id) && !source.contains(id)).toList();
    }

    private List<String> usualPlaces(Token head) {
        List<String> whom = List.of();
        Token clause = head;
        for (int depth = 0; depth < 3 && whom.isEmpty() && clause != null; depth++) {
            whom = arguments.idsThrough(clause, FALLBACK, true);
            List<Token> next = parse.children(clause, "xcomp");
            clause = next.isEmpty() ? null : next.get(0);
        }
        return whom.isEmpty() && !Parse.verb(head) ? governorPlaces(head) : whom;
    }

    /**
     * For a noun that is what a verb gives or does, the verb's other places of a recipient: "give Tanzania a
     * grant", "gave the Ivory Coast five million dollars of aid".
     */
    private List<String> governorPlaces(Token noun) {
        Token t = noun;
        Optional<Dependency> up = parse.up(t);
        for (int step = 0; step < 2 && up.isPresent() && up.get().is("nmod:of"); step++) {
            t = parse.token(up.get().governor());
            up = parse.up(t);
        }
        if (up.isEmpty() || !(up.get().is("obj") || up.get().is("nsubj:pass"))) {
            return List.of();
        }
        return arguments.idsThrough(parse.token(up.get().governor()), GIVEN_TO, true);
    }

    /**
     * The subjects of the conditions of an act ("threatened to stop the talks if the United States goes
     * ahead", "to strike unless Israel rescinded"): a threat is aimed at whom its condition is on. The
     * condition may hang on the threat or on the verbs it controls.
     */
    private List<String> conditionSubjects(Token head) {
        Set<String> ids = new LinkedHashSet<>();
        for (Token condition : conditions(head)) {
            parse.exactly(condition, "nsubj").forEach(t -> ids.addAll(arguments.idsOf(t)));
        }
        return List.copyOf(ids);
    }

    /** The actors named in the conditions of an act or of the verbs it controls. */
    private List<String> conditionNames(Token head) {
        Set<String> ids = new LinkedHashSet<>();
        for (Token condition : conditions(head)) {
            parse.subtree(condition, List.of(), null)
                    .forEach(t -> ids.addAll(actors.idsAt(t.span().start(), t.span().end())));
        }
        return List.copyOf(ids);
    }

    /** The if- and unless-clauses of an act or of the verbs it controls. */
    private List<Token> conditions(Token head) {
        List<Token> verbs = new ArrayList<>(List.of(head));
        for (int i = 0; i < verbs.size() && i < 4; i++) {
            verbs.addAll(parse.children(verbs.get(i), "xcomp"));
        }
        List<Token> out = new ArrayList<>();
        for (Token verb : verbs) {
            for (String relation : List.of("advcl:if", "advcl:unless")) {
                out.addAll(parse.children(verb, relation));
            }
        }
        return out;
    }

    /** The recipients of the purpose clauses of the act ("to demand ...", "calling for ..."). */
    private List<String> purposeRecipients(Token head) {
        List<Token> owners = new ArrayList<>(List.of(head));
        Optional<Dependency> up = parse.up(head);
        if (!Parse.verb(head) && up.isPresent() && (up.get().is("obj") || up.get().is("nsubj:pass"))) {
            owners.add(parse.token(up.get().governor())); // "staged demonstrations to demand"
        }
        for (Token owner : owners) {
            for (String relation : List.of("advcl", "acl", "xcomp")) {
                for (Token purpose : parse.children(owner, relation)) {
                    if (purpose(purpose)) {
                        List<String> found = usualPlaces(purpose);
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /** A to-infinitive or an "-ing" participle that says what an act is for. */
    private boolean purpose(Token verb) {
        if (!Parse.verb(verb)) {
            return false;
        }
        return verb.pos().equals("VBG")
                || parse.exactly(verb, "mark").stream().anyMatch(m -> Parse.lower(m).equals("to"));
    }

    /**
     * Places with a country named in a locative phrase of the act: on the trigger, anywhere in its own
     * clause, or on the words it hangs on up to the sentence's root.
     */
    private List<String> placesOfAct(Token head) {
        Set<String> ids = new LinkedHashSet<>();
        List<Token> tokens = new ArrayList<>(parse.subtree(head, NOT_THE_ACT, null));
        Token current = head;
        for (int step = 0; step < 6; step++) {
            for (String preposition : LOCATIVE) {
                parse.prepositional(current, preposition).forEach(p -> tokens.addAll(parse.subtree(p, List.of(), null)));
            }
            Optional<Dependency> up = parse.up(current);
            if (up.isEmpty() || up.get().is("parataxis") || up.get().is("ccomp")) {
                break;
            }
            current = parse.token(up.get().governor());
        }
        for (Token t : tokens) {
            if (locative(t, tokens)) {
                for (String id : actors.idsAt(t.span().start(), t.span().end())) {
                    if (actors.byId(id).country() != null) {
                        ids.add(id);
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    /** A token in a phrase that a locative preposition opens: "in Montenegro province", "at the border". */
    private boolean locative(Token t, List<Token> within) {
        Token current = t;
        for (int step = 0; step < 4; step++) {
            for (Dependency edge : parse.sentence().dependents(current)) {
                if (edge.is("case") && LOCATIVE.contains(Parse.lower(parse.token(edge.dependent())))) {
                    return true;
                }
            }
            Optional<Dependency> up = parse.up(current);
            if (up.isEmpty() || !(up.get().is("compound") || up.get().is("amod") || up.get().is("nmod:poss")
                    || up.get().is("nmod:of"))
                    || !within.contains(parse.token(up.get().governor()))) {
                return false;
            }
            current = parse.token(up.get().governor());
        }
        return false;
    }
}
