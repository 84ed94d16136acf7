package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.lexicon.PloverType;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * PLOVER's domestic convention: a contentious act by actors of one state with no foreign party on the
 * receiving end is aimed at that state ("Egyptian police opened fire to disperse demonstrators": Egypt;
 * "students throughout Indonesia staged demonstrations to demand reforms": Indonesia). The target is the
 * document's own actor for that state when the text names it elsewhere, else an implied actor of the state
 * with no mention, added to the document's actors.
 *
 * <p>Only the contentious types follow it (protests, demands, accusations, rejections, threats, coercion,
 * assaults, concessions): a cooperative act with no partner named (an agreement, aid, a meeting) has an
 * unknown partner, not a domestic one. Recipients with a country, or an international body, are a foreign
 * party or the state already, and are left alone; so is a state's or an army's assault on no one named
 * (it may as well be abroad), nor an act on a transnational party with a code of its own ("killed al-Qaeda
 * leaders"). Recipients with no country ("ethnic Albanians",
 * "demonstrators") are kept and the state is added. One instance serves one document.
 */
final class DomesticTarget {

    private static final Set<PloverType> DOMESTIC = EnumSet.of(PloverType.PROTEST, PloverType.REQUEST,
            PloverType.ACCUSE, PloverType.REJECT, PloverType.THREATEN, PloverType.COERCE, PloverType.ASSAULT,
            PloverType.CONCEDE);

    private static final Set<String> BODIES = Set.of("igo", "organisation", "media");

    private final Map<String, String> names;
    private final List<Actor> actors;
    private final Map<String, String> implied = new HashMap<>();
    private int next;

    /**
     * @param names state names by ISO alpha-3 code ({@link #stateNames()})
     * @param document the document's actors
     */
    DomesticTarget(Map<String, String> names, ActorSet document) {
        this.names = names;
        this.actors = new ArrayList<>(document.actors());
        for (Actor a : actors) {
            next = Math.max(next, number(a.id()));
        }
    }

    /**
     * The recipients of an act, with the actors' own state added when the convention applies.
     *
     * @param sentence the actors the act's sentence names
     * @param source the attribution's source, whose own state says nothing about the act
     */
    List<String> of(PloverType type, List<String> who, List<String> whom, List<String> sentence,
                    List<String> source) {
        if (!DOMESTIC.contains(type) || who.isEmpty()) {
            return whom;
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String id : who) {
            Actor a = byId(id);
            if ("igo".equals(a.kind())) {
                return whom;
            }
            if (a.country() != null) {
                countries.add(a.country());
            }
        }
        // "calls by Kofi Annan, UN secretary-general": a person of an international body is that body's
        if (countries.size() != 1 || whom.stream().map(this::byId)
                .anyMatch(a -> a.country() != null || a.code() != null || "igo".equals(a.kind())
                        || "IGO".equals(a.sector()))) {
            return whom;
        }
        // "Pakistan would carry out military action": a state's or an army's force with no one named on the
        // receiving end is as likely aimed abroad; police, rebels and crowds act at home
        boolean armed = who.stream().map(this::byId).anyMatch(DomesticTarget::armed);
        if (type == PloverType.ASSAULT && whom.isEmpty() && armed) {
            return whom;
        }
        String country = countries.iterator().next();
        // another state named beside the act ("died in Israeli custody", "in Tel Aviv") may be its target
        boolean foreign = sentence.stream().filter(id -> !source.contains(id)).map(this::byId)
                .anyMatch(a -> a.country() != null && !a.country().equals(country));
        // "the minister accused the rebels": a government's act lands on its state as such, not on itself
        boolean governing = who.stream().map(this::byId).anyMatch(a -> "GOV".equals(a.sector()));
        String state = foreign ? null : state(country, who, governing);
        if (state == null) {
            return whom;
        }
        List<String> out = new ArrayList<>(whom);
        out.add(state);
        return List.copyOf(out);
    }

    /**
     * The recipients with the actors' own states left out where PLOVER codes no target. Actors of several
     * states with recipients of just those states, or for a cooperative act some of them ("Hungarian and
     * Romanian officials agreed that their countries should cooperate to help Romanian refugees"), are one
     * joint act, so no recipient is left. A cooperative or de-escalating act (agree, retreat, aid,
     * support...) by actors of one state names no target in that state itself or a place in it ("agreed to
     * resign without returning to Kyrgyzstan", "resigned as the opposition threatened to storm his residence
     * in Tbilisi"); a person, a group or a body of it stays a target ("will release the Prime Minister").
     */
    List<String> withoutOwnStates(PloverType type, List<String> who, List<String> whom) {
        Set<String> countries = new LinkedHashSet<>();
        who.stream().map(this::byId).filter(a -> a.country() != null).forEach(a -> countries.add(a.country()));
        if (countries.isEmpty() || whom.isEmpty()) {
            return whom;
        }
        Set<String> received = new LinkedHashSet<>();
        whom.stream().map(this::byId).forEach(a -> received.add(a.country()));
        // a demand by a mixed group on one of their states ("the Albanians of southern Serbia demand autonomy
        // from Serbian authorities") keeps its direction
        boolean joint = received.equals(countries) || !DOMESTIC.contains(type) && countries.containsAll(received);
        if (countries.size() > 1 && !received.contains(null) && joint) {
            return List.of();
        }
        if (DOMESTIC.contains(type)) {
            return whom;
        }
        return whom.stream().filter(id -> !ownState(byId(id), countries)).toList();
    }

    /** A state as such, or a place in it, of one of these countries. */
    private static boolean ownState(Actor a, Set<String> countries) {
        boolean state = "country".equals(a.kind()) || "other".equals(a.kind());
        return state && a.sector() == null && countries.contains(a.country());
    }

    /**
     * The actors of an act, with the recipients' state as such (its people, not its government: "students
     * demanded the resignation of the government"; its government when the people are the recipients) added
     * when no actor has a country: the source-side
     * twin of the convention. A crowd, a group or an unknown person acting on one state only ("Islamic
     * fundamentalists demanded the resignation of the Algerian president"), or an agentless passive ("was
     * accused by current Haitian officials" read without its agent), is that state's own affair, as PLOVER
     * codes it. Not when the recipients name several states or an international body, nor when the sentence
     * names another state outside the attribution.
     */
    List<String> actorsOf(PloverType type, List<String> who, List<String> whom, List<String> sentence,
                          List<String> source) {
        if (!DOMESTIC.contains(type) || whom.isEmpty()) {
            return who;
        }
        // a coded or named body ("Amnesty International", "the Ceasefire Violations Committee") is its own party
        if (who.stream().map(this::byId).anyMatch(a -> a.code() != null || BODIES.contains(a.kind()))) {
            return who;
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String id : whom) {
            Actor a = byId(id);
            if ("igo".equals(a.kind())) {
                return who;
            }
            if (a.country() != null) {
                countries.add(a.country());
            }
        }
        if (countries.size() != 1) {
            return who;
        }
        String country = countries.iterator().next();
        // "Russia-backed rebels attacked Ukraine": another state named beside the act may be behind it
        boolean foreign = sentence.stream().filter(id -> !source.contains(id)).map(this::byId)
                .anyMatch(a -> a.country() != null && !a.country().equals(country));
        // the crowd is the state's people, not its government, unless the people are the ones acted on ("urged
        // the American public": the urging is the government's)
        boolean people = whom.stream().map(this::byId).noneMatch(a -> "country".equals(a.kind()) && a.sector() == null);
        String state = foreign ? null : state(country, List.of(), people);
        if (state == null) {
            return who;
        }
        List<String> out = new ArrayList<>(who);
        out.add(state);
        return List.copyOf(out);
    }

    /**
     * True for a verb whose subject is not a pronoun: {@link #actorsOf} applies to it. An unresolved
     * pronoun ("they wouldn't oppose") and a noun with no owner ("criticisms of the Taliban") stand for
     * someone the text named elsewhere, not for the state the act lands in; a noun trigger counts when
     * it is the object of a verb whose subject qualifies.
     */
    static boolean openSubject(Parse parse, Token head) {
        Token verb = head;
        if (Parse.noun(head)) { // "began a hunger strike": the light verb's subject is the act's
            verb = parse.up(head).filter(up -> up.is("obj")).map(up -> parse.token(up.governor())).orElse(head);
        }
        if (!Parse.verb(verb)) {
            return false;
        }
        // "it is not doing enough to fight Hamas": a controlled verb's subject is the nearest one above it
        for (int step = 0; step < 4; step++) {
            Token acting = verb;
            List<Token> subjects = parse.sentence().dependents(acting).stream().filter(e -> !e.extra() && e.is("nsubj"))
                    .map(e -> parse.token(e.dependent())).toList();
            if (!subjects.isEmpty()) {
                return subjects.stream().noneMatch(Parse::pronoun);
            }
            Optional<Dependency> up = parse.up(acting);
            if (up.isEmpty()) {
                return true;
            }
            verb = parse.token(up.get().governor());
        }
        return true;
    }

    /**
     * The id of a state's own actor, implied when the document does not name it; null when unknown.
     *
     * @param people the state as its people, never its government ("in Nairobi", a seat, is not the crowd's)
     */
    String stateOf(String country, boolean people) {
        return state(country, List.of(), people);
    }

    /** The document's actors with the implied ones after them. */
    List<Actor> actors() {
        return List.copyOf(actors);
    }

    /** The id of the state's own actor, not one of the act's actors; null for a code with no known name. */
    private String state(String country, List<String> who) {
        return state(country, who, false);
    }

    /** The state's actor; with {@code people}, one that is the state as such, not its government. */
    private String state(String country, List<String> who, boolean people) {
        for (Actor a : actors) {
            boolean state = a.sector() == null || !people && "GOV".equals(a.sector());
            if ("country".equals(a.kind()) && country.equals(a.country()) && state && !who.contains(a.id())) {
                return a.id();
            }
        }
        if (implied.containsKey(country)) {
            return implied.get(country);
        }
        String name = names.get(country);
        if (name == null) {
            return null;
        }
        String id = "a" + (++next);
        actors.add(new Actor(id, name, country, country, null, "country", List.of()));
        implied.put(country, id);
        return id;
    }

    private static boolean armed(Actor a) {
        return "MIL".equals(a.sector()) || "GOV".equals(a.sector())
                || "country".equals(a.kind()) && a.sector() == null;
    }

    private Actor byId(String id) {
        for (Actor a : actors) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no actor " + id + " in this document");
    }

    private static int number(String id) {
        try {
            return id.startsWith("a") ? Integer.parseInt(id.substring(1)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Each state's name by ISO alpha-3 code, from the bundled country dictionary's first two columns. */
    static Map<String, String> stateNames() {
        String resource = "/org/sitrep/actors/countries.tsv";
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = DomesticTarget.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length > 1 && cols[0].length() == 3) {
                    out.put(cols[0], cols[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Map.copyOf(out);
    }
}
