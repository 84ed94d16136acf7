package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.Mention;
import org.sitrep.nlp.Token;

/**
 * The actor named nearest before a pronoun, places named as where something is left out and bodies for "he" or
 * "she", people for "it": what a pronoun stands for when nothing better is known.
 */
final class NearestActor {

    private static final Set<String> LOCATIVE = Set.of("in", "inside", "within", "across", "throughout", "at");
    private static final Set<String> HUMAN = Set.of("he", "him", "his", "she", "her", "hers");
    /** Kinds a "he" or "she" cannot be; a state's actor may be its minister, so states stay. */
    private static final Set<String> BODIES = Set.of("organisation", "armed_group", "igo", "media");

    private NearestActor() {
    }

    /**
     * @param document every actor of the document
     * @param text the whole text the mentions index
     * @param avoid actors the pronoun cannot stand for (the other side of the act)
     * @return the nearest actor's id, or none
     */
    static List<String> before(ActorSet document, String text, Token pronoun, List<String> avoid) {
        String word = pronoun.text().toLowerCase(Locale.ROOT);
        // "She warned ...": not the group named last; "it denied ...": not the person
        Predicate<Actor> fits = actor -> !avoid.contains(actor.id()) && (HUMAN.contains(word)
                ? !BODIES.contains(actor.kind()) : !(word.startsWith("it") && "person".equals(actor.kind())));
        return lastNamed(document, pronoun.span().start(), -1, fits, m -> !locative(text, m));
    }

    /** The person named last before a token, within {@code reach} characters: who a speaking "she" is. */
    static List<String> personBefore(ActorSet document, Token pronoun, int reach) {
        int start = pronoun.span().start();
        return lastNamed(document, start, start - reach, actor -> "person".equals(actor.kind()), m -> true);
    }

    /** The actor whose usable mention ends last, before {@code before} and after {@code after}. */
    private static List<String> lastNamed(ActorSet document, int before, int after, Predicate<Actor> fits,
                                          Predicate<Mention> usable) {
        String best = null;
        int bestEnd = after;
        for (Actor actor : document.actors()) {
            for (Mention m : fits.test(actor) ? actor.mentions() : List.<Mention>of()) {
                if (m.end() <= before && m.end() > bestEnd && usable.test(m)) {
                    best = actor.id();
                    bestEnd = m.end();
                }
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** "groups in Afghanistan": a place named as where something is, which a later "it" seldom means. */
    private static boolean locative(String text, Mention m) {
        int end = m.start();
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return LOCATIVE.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
