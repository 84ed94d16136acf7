package org.sitrep.events;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Actors an act gets from a pronoun, and what the sentence itself says against that guess. A pronoun's
 * antecedent comes from earlier sentences and may be too wide ("they" for four states where the clause itself
 * names one of them as the other side); a party the clause names is sure.
 */
final class GuessedActors {

    private final Parse parse;
    private final ActorSet sentence;
    private final ActorSet document;
    private final FactualityReader reader;
    private final ArgumentFinder arguments;

    /**
     * @param sentence the actors named in this sentence
     * @param document every actor of the document, for what a pronoun stood for in another sentence
     */
    GuessedActors(Parse parse, ActorSet sentence, ActorSet document, FactualityReader reader,
                  ArgumentFinder arguments) {
        this.parse = parse;
        this.sentence = sentence;
        this.document = document;
        this.reader = reader;
        this.arguments = arguments;
    }

    /**
     * What a pronoun in the next sentences can stand for: the actors the subjects of this sentence's main
     * clauses name (pronouns left out), else what it could stand for before.
     */
    static List<String> antecedents(Parse parse, ArgumentFinder arguments, List<String> previous) {
        Set<String> ids = new LinkedHashSet<>();
        for (Token root : parse.sentence().roots()) {
            for (Token subject : arguments.subjects(root, 0)) {
                if (!Parse.pronoun(subject)) {
                    ids.addAll(arguments.headIdsOf(subject));
                }
            }
        }
        return ids.isEmpty() ? previous : List.copyOf(ids);
    }

    static boolean pronouns(List<Token> words) {
        return !words.isEmpty() && words.stream().allMatch(Parse::pronoun);
    }

    /** "Their lack of opposition": whose lack it is, is whose opposition it would be. */
    List<String> lackers(Token noun) {
        Optional<Token> lack = lack(noun);
        if (lack.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        parse.exactly(lack.get(), "nmod:poss").forEach(t -> ids.addAll(arguments.idsOf(t)));
        return List.copyOf(ids);
    }

    /** Whether the owner of the lack a noun is "of" is a pronoun ("their lack of"). */
    boolean lackedByPronoun(Token noun) {
        return lack(noun).map(lack -> pronouns(parse.exactly(lack, "nmod:poss"))).orElse(false);
    }

    private Optional<Token> lack(Token noun) {
        Optional<Dependency> up = parse.up(noun);
        return up.filter(edge -> edge.is("nmod:of")).map(edge -> parse.token(edge.governor()))
                .filter(reader::negatingNoun);
    }

    /**
     * The guessed actors less the parties the trigger's clause names ("they wouldn't oppose what Pakistan
     * might do"), unless the sentence names them outside the clause too ("militants loyal to Iraq's X said
     * they"), or nobody would be left.
     */
    List<String> lessNamedInClause(Token head, List<String> who) {
        Set<Token> clause = new HashSet<>(parse.subtree(head, List.of("parataxis"), null));
        Set<String> named = new HashSet<>();
        Set<String> outside = new HashSet<>();
        for (Token t : parse.sentence().tokens()) {
            Set<String> side = clause.contains(t) ? named : outside;
            sentence.idsAt(t.span().start(), t.span().end()).forEach(id -> side.add(party(id)));
        }
        named.removeAll(outside);
        List<String> others = who.stream().filter(id -> !named.contains(party(id))).toList();
        return others.isEmpty() ? who : others;
    }

    /** How many parties some actors are: a state's leader and the state are one ("Israel's Barak"). */
    long partiesOf(List<String> ids) {
        return ids.stream().map(this::party).distinct().count();
    }

    /** An actor's state when it has one (two mentions of Pakistan may be two actors), else itself. */
    private String party(String id) {
        return document.actors().stream().filter(a -> a.id().equals(id) && a.country() != null)
                .map(Actor::country).findFirst().orElse(id);
    }
}
