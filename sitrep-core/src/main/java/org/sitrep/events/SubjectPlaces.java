package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.nlp.Token;

/**
 * Where a subject's people are, as against who they are: "Opposition lawmakers in Dhaka", "traders'
 * associations in Nariño". When the subject's own words name no coded party ({@link SubjectNames} leaves such
 * a subject whole), a place named only after a locative preposition is where they act, not a party: a town
 * or a capital gives way to its state as such (PLOVER codes the lawmakers as Bangladesh), a place of no
 * known state to nobody, and a state named there ("opposition groups in Zimbabwe") is their state already.
 */
final class SubjectPlaces {

    private static final List<String> LOCATIVE = List.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "around");

    private SubjectPlaces() {
    }

    /**
     * The subject's ids with its places replaced by their states.
     *
     * @param ids what {@link SubjectNames} kept of the subject
     * @param local the sentence's actors
     * @param document the document's actors, for the state a place lies in
     * @param named the ids these tokens name
     */
    static List<String> of(Parse parse, ActorSet local, ActorSet document, Token subject, List<String> ids,
                           Function<List<Token>, List<String>> named) {
        List<Token> places = new ArrayList<>();
        for (String preposition : LOCATIVE) {
            parse.prepositional(subject, preposition).forEach(p -> places.addAll(parse.subtree(p, List.of(), null)));
        }
        if (places.isEmpty()) {
            return ids;
        }
        List<String> where = named.apply(places);
        List<Token> rest = parse.subtree(subject, List.of(), null).stream().filter(t -> !places.contains(t)).toList();
        List<String> who = named.apply(rest);
        if (who.stream().map(local::byId).anyMatch(a -> a.country() != null || a.code() != null)) {
            return ids; // "US troops in Iraq": SubjectNames has set the place aside
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            Actor a = local.byId(id);
            if (!where.contains(id) || who.contains(id) || !place(a)) {
                out.add(id);
            } else if (a.country() != null) {
                out.add(state(local, document, a));
            }
        }
        return List.copyOf(out);
    }

    /** A town, a region or a capital: a place, where a state as such is its own party. */
    private static boolean place(Actor a) {
        return "other".equals(a.kind()) || "country".equals(a.kind()) && "GOV".equals(a.sector());
    }

    /**
     * The document's actor for the state as such the place lies in, else the place (its country codes it).
     * Not one the sentence names: there it is another party ("an explosion near Samarra killed two Iraqi
     * youths").
     */
    private static String state(ActorSet local, ActorSet document, Actor place) {
        return document.actors().stream().filter(a -> "country".equals(a.kind()) && a.sector() == null
                && place.country().equals(a.country())).map(Actor::id)
                .filter(id -> local.actors().stream().noneMatch(a -> a.id().equals(id)))
                .findFirst().orElse(place.id());
    }
}
