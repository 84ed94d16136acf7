package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.Mention;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Finds the actors a dependency relation of a trigger points to, as actor ids.
 *
 * <p>An argument is a head token; its actors are those named anywhere in its subtree, not entering clauses
 * (relative clauses, complements, adverbial clauses), so "China, Iran and Russia" gives three actors and
 * "the rest of the document" none. A personal pronoun naming nobody takes the actors of the last subject
 * that named some (the previous sentence's, usually): a cheap stand-in for coreference. A noun naming nobody
 * ("the statement that they produced") takes the subject of its relative clause.
 */
final class ArgumentFinder {

    private static final List<String> CLAUSES = List.of("acl", "ccomp", "advcl", "parataxis", "csubj", "xcomp",
            "dep", "punct", "mark", "cc:preconj");
    private static final Set<String> PERSONAL = Set.of("they", "them", "their", "theirs", "he", "him", "his",
            "she", "her", "it", "its", "we", "our", "us");

    private final Parse parse;
    private final ActorSet actors;
    private final ActorSet document;
    private final List<String> previous;
    private Token trigger;
    private List<String> avoid = List.of();

    /**
     * @param actors the actors named in this sentence, with their mentions in it
     * @param document every actor of the document, for pronouns that reach back
     * @param previous the actors of the last subject that named some, for pronouns; possibly empty
     */
    ArgumentFinder(Parse parse, ActorSet actors, ActorSet document, List<String> previous) {
        this.parse = parse;
        this.actors = actors;
        this.document = document;
        this.previous = List.copyOf(previous);
    }

    /** Actor ids of the arguments through the relations of a hint, first relation that names anyone wins. */
    List<String> idsThrough(Token trigger, List<String> relations, boolean firstOnly) {
        this.trigger = trigger;
        Set<String> ids = new LinkedHashSet<>();
        for (String relation : relations) {
            for (Token head : through(trigger, relation)) {
                ids.addAll(idsOf(head));
            }
            if (firstOnly && !ids.isEmpty()) {
                break;
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * Every actor named in the trigger's own clause: its subtree without subjects, without clauses that
     * report it, and without the trigger's governor.
     */
    List<String> idsInClause(Token trigger) {
        this.trigger = trigger;
        Set<String> ids = new LinkedHashSet<>();
        for (Token t : parse.subtree(trigger, List.of("nsubj", "csubj", "parataxis", "punct", "obl:agent"), null)) {
            ids.addAll(actors.idsAt(t.span().start(), t.span().end()));
        }
        return new ArrayList<>(ids);
    }

    /**
     * The actors a subject names as its own head, not those it mentions in a phrase ("the criticisms of the
     * Taliban" names nobody): what a later pronoun can stand for.
     */
    List<String> headIdsOf(Token subject) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> stop = new ArrayList<>(CLAUSES);
        stop.addAll(List.of("nmod:of", "nmod:for", "nmod:against", "nmod:on", "nmod:in", "nmod:to", "nmod:with",
                "nmod:about", "nmod:from", "nmod:over", "nmod:by"));
        for (Token t : parse.subtree(subject, stop, null)) {
            ids.addAll(actors.idsAt(t.span().start(), t.span().end()));
        }
        return new ArrayList<>(ids);
    }

    /** The argument heads of a trigger through one relation of {@code triggers.tsv}. */
    List<Token> through(Token trigger, String relation) {
        switch (relation) {
            case "nsubj":
                return subjects(trigger, 0);
            case "obj":
                return parse.passive(trigger) ? parse.exactly(trigger, "nsubj:pass") : parse.exactly(trigger, "obj");
            case "ccomp:nsubj":
                return embeddedSubjects(trigger);
            case "xcomp:obj":
                List<Token> out = new ArrayList<>();
                parse.children(trigger, "xcomp").forEach(x -> out.addAll(parse.exactly(x, "obj")));
                return out;
            case "attr":
                return List.of(); // the attribution source is read by the factuality reader
            default:
                return prepositionalOrPlain(trigger, relation);
        }
    }

    private List<Token> prepositionalOrPlain(Token trigger, String relation) {
        int colon = relation.indexOf(':');
        String base = colon < 0 ? relation : relation.substring(0, colon);
        if ((base.equals("obl") || base.equals("nmod")) && colon > 0 && !relation.endsWith(":poss")) {
            List<Token> found = parse.prepositional(trigger, relation.substring(colon + 1));
            if (found.isEmpty() && !Parse.verb(trigger)) {
                // "imposed sanctions on Y": the phrase hangs on the verb that governs the noun
                Optional<Dependency> up = parse.up(trigger);
                if (up.isPresent() && (up.get().is("obj") || up.get().is("nsubj:pass"))) {
                    found = parse.prepositional(parse.token(up.get().governor()), relation.substring(colon + 1));
                }
            }
            return found;
        }
        return parse.exactly(trigger, relation);
    }

    /** The logical subject: the agent of a passive, a controlled subject, or for nouns the governing verb's. */
    List<Token> subjects(Token trigger, int depth) {
        if (parse.passive(trigger)) {
            List<Token> agents = parse.exactly(trigger, "obl:agent");
            return agents.isEmpty() ? parse.exactly(trigger, "obl:by") : agents;
        }
        List<Token> found = new ArrayList<>(parse.exactly(trigger, "nsubj"));
        found.addAll(parse.exactly(trigger, "nsubj:xsubj"));
        if (found.isEmpty() && !Parse.verb(trigger)) {
            // "the attack that Pakistan launched", "whatever means Pakistan might resort to"
            parse.exactly(trigger, "acl:relcl").forEach(c -> found.addAll(parse.exactly(c, "nsubj")));
        }
        if (!found.isEmpty() || depth > 2) {
            return found;
        }
        Optional<Dependency> up = parse.up(trigger);
        if (up.isEmpty()) {
            return found;
        }
        Token governor = parse.token(up.get().governor());
        String rel = up.get().relation();
        if (rel.startsWith("amod") || rel.startsWith("acl")) {
            return List.of(governor); // "a statement critical of X": the statement speaks
        }
        if (rel.startsWith("conj") || rel.startsWith("xcomp")
                || !Parse.verb(trigger) && (rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
            return subjects(governor, depth + 1);
        }
        return found;
    }

    private List<Token> embeddedSubjects(Token trigger) {
        List<Token> out = new ArrayList<>();
        for (Token clause : parse.children(trigger, "ccomp")) {
            out.addAll(subjects(clause, 3));
        }
        for (Token clause : parse.children(trigger, "xcomp")) {
            out.addAll(parse.exactly(clause, "nsubj"));
        }
        return out;
    }

    /** The actors named by an argument head, its subtree, or what a pronoun or bare noun stands for. */
    List<String> idsOf(Token head) {
        List<String> ids = idsOfShallow(head);
        if (ids.isEmpty() && Parse.noun(head)) {
            Set<String> found = new LinkedHashSet<>();
            for (Token clause : relativeClauses(head)) {
                for (Token subject : parse.exactly(clause, "nsubj")) {
                    if (subject.index() != head.index()) {
                        found.addAll(idsOfShallow(subject));
                    }
                }
            }
            Optional<Dependency> up = parse.up(head);
            if (found.isEmpty() && up.isPresent() && up.get().is("obj")) {
                // "they issued a statement critical of X": the statement is the issuer's
                for (Token subject : subjects(parse.token(up.get().governor()), 3)) {
                    found.addAll(idsOfShallow(subject));
                }
            }
            ids = new ArrayList<>(found);
        }
        return ids;
    }

    private List<Token> relativeClauses(Token noun) {
        List<Token> out = new ArrayList<>(parse.children(noun, "acl"));
        out.addAll(parse.children(noun, "ccomp"));
        return out;
    }

    private List<String> idsOfShallow(Token head) {
        Set<String> ids = new LinkedHashSet<>();
        for (Token t : parse.subtree(head, CLAUSES, trigger)) {
            ids.addAll(actors.idsAt(t.span().start(), t.span().end()));
        }
        if (ids.isEmpty() && Parse.pronoun(head) && PERSONAL.contains(Parse.lower(head))) {
            List<String> found = antecedent(head);
            ids.addAll(!found.isEmpty() && avoid.containsAll(found) ? nearestBefore(head) : found);
        }
        return new ArrayList<>(ids);
    }

    /**
     * Reads the next arguments as the other side of an act by these actors: a pronoun there does not stand
     * for them ("they called on them": not themselves) but for the nearest actor named before it.
     */
    void otherSideOf(List<String> actorIds) {
        this.avoid = List.copyOf(actorIds);
    }

    private List<String> nearestBefore(Token pronoun) {
        String best = null;
        int bestEnd = -1;
        for (Actor actor : document.actors()) {
            for (Mention m : actor.mentions()) {
                if (m.end() <= pronoun.span().start() && m.end() > bestEnd && !avoid.contains(actor.id())) {
                    best = actor.id();
                    bestEnd = m.end();
                }
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /**
     * What a pronoun stands for: the subject of a speech or thought verb its clause hangs on ("the Taliban
     * said they would ..."), else the last subject that named actors.
     */
    private List<String> antecedent(Token pronoun) {
        Token current = pronoun;
        for (int step = 0; step < 6; step++) {
            Optional<Dependency> up = parse.up(current);
            if (up.isEmpty()) {
                break;
            }
            Token governor = parse.token(up.get().governor());
            if (up.get().is("ccomp") || up.get().is("xcomp") || up.get().is("advcl")) {
                for (Token subject : parse.exactly(governor, "nsubj")) {
                    if (!Parse.pronoun(subject)) {
                        // the nearest speaker is the antecedent, even when it names no known actor
                        Set<String> ids = new LinkedHashSet<>();
                        parse.subtree(subject, CLAUSES, null)
                                .forEach(t -> ids.addAll(actors.idsAt(t.span().start(), t.span().end())));
                        return new ArrayList<>(ids);
                    }
                }
            }
            current = governor;
        }
        return previous;
    }
}
