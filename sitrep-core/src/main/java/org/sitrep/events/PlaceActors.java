package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.lexicon.PloverType;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Who acts when the text names no one but the place, as PLOVER codes it:
 *
 * <ul>
 *   <li>an act only a state does, in an agentless passive ("was arrested in Lebanon", "has been put under
 *       investigation in Italy"), is the act of the authorities of the state it happened in; the one it was
 *       done to is its target ("A US national": the United States);</li>
 *   <li>a protest by unnamed people ("Hundreds of thousands of people blocked streets in Hong Kong",
 *       "Prisoners rioted at a jail in East Timor's capital") is the act of the civilians of the place.</li>
 * </ul>
 * The place is named after "in" or "at" on the act or, for a crowd, on its subject, and lies in one state.
 */
final class PlaceActors {

    /** Acts of a state's police, courts or government, read from the trigger's or its light verb's lemma. */
    private static final Set<String> STATE_ACTS = Set.of("arrest", "detain", "investigate", "investigation",
            "indict", "indictment", "expel", "deport", "jail", "imprison", "convict", "prosecute", "sentence",
            "custody", "trial", "charge");
    private static final List<String> AT = List.of("in", "at", "inside");
    private static final List<String> NAMING = List.of("compound", "amod", "nmod:poss", "flat", "appos", "nmod:in",
            "nmod:at");

    /**
     * The place's state as the act's actor and, for a state act, who the act was done to.
     *
     * @param who the id of the place's state, the document's own actor for it or an implied one
     * @param targets the passive subject's actors for a state act; empty for a crowd (recipients as usual)
     * @param stateAct whether the act is a state's, so {@code targets} replace the usual recipients
     */
    record Placed(List<String> who, List<String> targets, boolean stateAct) {
        Placed {
            who = List.copyOf(who);
            targets = List.copyOf(targets);
        }
    }

    private final Parse parse;
    private final ActorSet actors;
    private final ArgumentFinder arguments;
    private final DomesticTarget states;

    PlaceActors(Parse parse, ActorSet actors, ArgumentFinder arguments, DomesticTarget states) {
        this.states = states;
        this.parse = parse;
        this.actors = actors;
        this.arguments = arguments;
    }

    /** The place that stands for the actors of an act with none named, if the act is one of the two kinds. */
    Optional<Placed> of(Token head, PloverType type, List<String> who) {
        if (!who.isEmpty()) {
            return Optional.empty();
        }
        Token verb = lightVerb(head);
        if (verb != null && parse.passive(verb) && parse.exactly(verb, "obl:agent").isEmpty()
                && parse.exactly(verb, "obl:by").isEmpty() && (stateAct(head) || stateAct(verb))) {
            List<Token> places = locatives(verb);
            String state = state(places, false);
            if (state == null) {
                return Optional.empty();
            }
            List<String> targets = new ArrayList<>();
            parse.exactly(verb, "nsubj:pass").forEach(t -> targets.addAll(arguments.idsOf(t)));
            targets.remove(state);
            return Optional.of(new Placed(List.of(state), targets, true));
        }
        if (type != PloverType.PROTEST || verb == null || parse.passive(verb)) {
            return Optional.empty();
        }
        List<Token> subjects = parse.exactly(verb, "nsubj");
        if (subjects.isEmpty() || !subjects.stream().allMatch(Parse::noun)) {
            return Optional.empty(); // "they marched": someone named elsewhere
        }
        List<Token> places = new ArrayList<>(locatives(verb));
        subjects.forEach(s -> places.addAll(locatives(s)));
        String state = state(places, true);
        return state == null ? Optional.empty() : Optional.of(new Placed(List.of(state), List.of(), false));
    }

    /** The verb itself, or the verb a noun trigger is the object or phrase of ("put under investigation"). */
    private Token lightVerb(Token head) {
        if (Parse.verb(head)) {
            return head;
        }
        Optional<Dependency> up = parse.up(head);
        if (up.isPresent() && (up.get().is("obj") || up.get().is("obl") || up.get().is("nsubj:pass"))) {
            Token governor = parse.token(up.get().governor());
            return Parse.verb(governor) ? governor : null;
        }
        return null;
    }

    private static boolean stateAct(Token t) {
        return STATE_ACTS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The words naming the places after "in" or "at" on this word: the noun, its compounds, adjectives and
     * owners, and the places it lies in ("at a jail in East Timor's capital"), not what an "of" phrase says
     * of it ("in defiance of Chinese authorities").
     */
    private List<Token> locatives(Token word) {
        List<Token> out = new ArrayList<>();
        for (String preposition : AT) {
            out.addAll(parse.prepositional(word, preposition));
        }
        for (int i = 0; i < out.size(); i++) {
            for (Dependency edge : parse.sentence().dependents(out.get(i))) {
                Token child = parse.token(edge.dependent());
                if (!edge.extra() && !out.contains(child) && NAMING.stream().anyMatch(edge::is)) {
                    out.add(child);
                }
            }
        }
        return out;
    }

    /** The actor of the one state the places lie in, or null when none or several; its people for a crowd. */
    private String state(List<Token> places, boolean people) {
        Set<String> countries = new LinkedHashSet<>();
        for (Token t : places) {
            for (String id : actors.idsAt(t.span().start(), t.span().end())) {
                Actor a = actors.byId(id);
                // a capital is a seat of government ("GOV"), and a place too
                boolean place = "country".equals(a.kind()) && (a.sector() == null || "GOV".equals(a.sector()))
                        || "other".equals(a.kind());
                if (place && a.country() != null) {
                    countries.add(a.country());
                }
            }
        }
        return countries.size() == 1 ? states.stateOf(countries.iterator().next(), people) : null;
    }
}
