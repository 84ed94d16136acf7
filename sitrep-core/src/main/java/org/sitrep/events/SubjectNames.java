package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Who a subject is, as against what it says about them. When the subject's own words (its head, adjectives,
 * possessives, compounds and conjuncts) name a coded party, a state or a place named only in its phrases
 * ("The Turkish and Greek sides of the island of Cyprus", "US troops in Iraq") or in an apposition
 * ("Pakistan, a key U.S. ally") locates or describes that party and takes no part in the act. A person or a
 * body named there stays ("Russia's foreign minister, Sergei Lavrov"), and so does everything when the
 * subject's own words name no one ("the leaders of Romania").
 */
final class SubjectNames {

    private static final Set<String> ASIDE = Set.of("appos", "acl", "ccomp", "advcl", "parataxis", "csubj",
            "xcomp", "dep", "punct", "mark");

    private SubjectNames() {
    }

    /**
     * The ids of a subject less the places and states it names only aside.
     *
     * @param all every id the subject names (its whole phrase, or what a pronoun stands for)
     * @param named the ids these tokens name
     */
    static List<String> of(Parse parse, ActorSet actors, Token subject, List<String> all,
                           Function<List<Token>, List<String>> named) {
        List<Token> words = ownWords(parse, subject);
        List<Token> aside = parse.subtree(subject, List.of(), null).stream().filter(t -> !words.contains(t)).toList();
        // "the foreign ministers of Indonesia and Malaysia": a name that runs into the phrase is not the head's own
        List<String> inPhrases = named.apply(aside);
        List<String> own = named.apply(words).stream().filter(id -> !inPhrases.contains(id)).toList();
        boolean coded = own.stream().map(actors::byId).anyMatch(a -> a.country() != null || a.code() != null);
        if (!coded) {
            return all;
        }
        if (!homes(parse, actors, subject, own, named).isEmpty()) {
            return all.stream().filter(id -> !own.contains(id)).toList(); // the people give way to their home
        }
        List<String> out = new ArrayList<>();
        for (String id : all) {
            // only what the subject's own phrases name is set aside; a party it stands for (a pronoun's, a
            // statement's issuer) is kept
            if (own.contains(id) || !inPhrases.contains(id) || !place(actors.byId(id))) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * "The Albanians of southern Serbia": a people named by its demonym and the place it is of are that
     * place's people (PLOVER codes Serbia); "Americans in Iraq" stay Americans. The place's ids, or none.
     */
    private static List<String> homes(Parse parse, ActorSet actors, Token subject, List<String> own,
                                      Function<List<Token>, List<String>> named) {
        boolean people = own.stream().map(actors::byId).allMatch(a -> "CVL".equals(a.sector()));
        List<String> homes = new ArrayList<>();
        for (Token of : people ? parse.exactly(subject, "nmod:of") : List.<Token>of()) {
            // "the Israeli-occupied West Bank": a hyphenated modifier says who holds the place, not whose it is
            named.apply(parse.subtree(of, List.of("nmod", "acl", "appos"), null)).stream().filter(id ->
                    place(actors.byId(id)) && actors.byId(id).country() != null && !homes.contains(id))
                    .forEach(homes::add);
        }
        return homes;
    }

    /** A state named as such or a place, not a body or a person of it. */
    private static boolean place(Actor a) {
        return ("country".equals(a.kind()) || "other".equals(a.kind())) && a.sector() == null;
    }

    /** The subject's words less its prepositional phrases (possessives kept), appositions and clauses. */
    private static List<Token> ownWords(Parse parse, Token subject) {
        List<Token> out = new ArrayList<>(List.of(subject));
        for (int i = 0; i < out.size(); i++) {
            for (Dependency edge : parse.sentence().dependents(out.get(i))) {
                Token child = parse.token(edge.dependent());
                boolean phrase = edge.is("nmod") && !edge.is("nmod:poss");
                if (!edge.extra() && !out.contains(child) && !phrase && ASIDE.stream().noneMatch(edge::is)) {
                    out.add(child);
                }
            }
        }
        return out;
    }
}
