package org.sitrep.events.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a trigger's actors and recipients sit in the dependency graph, as Universal Dependencies relations
 * seen from the trigger: {@code nsubj}, {@code obj}, {@code iobj}, {@code obl:against}, {@code nmod:of},
 * {@code nmod:poss}, {@code ccomp:nsubj} (the subject of the trigger's clausal complement),
 * {@code xcomp:obj}, and {@code attr} (the source of the attribution verb that embeds the trigger). For a noun
 * trigger, {@code nsubj} means the subject of the verb that governs it ("X imposed sanctions on Y").
 * The passive is the caller's business: {@code nsubj} means the logical subject.
 *
 * <p>Written in {@code triggers.tsv} as {@code actors>recipients} ({@code nsubj>obj,obl:against}), or
 * {@code actors=partners} for reciprocal acts whose parties are all actors ({@code nsubj=obl:with}); a side may
 * be {@code -}.
 *
 * @param actors relations that hold the actors, in order of preference
 * @param recipients relations that hold the recipients (for a reciprocal act: the other parties)
 * @param reciprocal whether every party is an actor and the act has no direction (meet, agree with, sign with)
 */
public record ArgumentHints(List<String> actors, List<String> recipients, boolean reciprocal) {

    private static final Pattern RELATION = Pattern.compile("[a-z]+(:[a-z]+)?");

    /** The default for verbs: subject acts on object. */
    public static final ArgumentHints VERB_DEFAULT = new ArgumentHints(List.of("nsubj"), List.of("obj"), false);
    /** The default for nouns and adjectives: the governing verb's subject or the possessor acts, "of" undergoes. */
    public static final ArgumentHints NOUN_DEFAULT =
            new ArgumentHints(List.of("nsubj", "nmod:poss"), List.of("nmod:against", "nmod:on", "nmod:of"), false);

    public ArgumentHints {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        for (String r : actors) {
            check(r);
        }
        for (String r : recipients) {
            check(r);
        }
    }

    private static void check(String relation) {
        if (!RELATION.matcher(relation).matches()) {
            throw new IllegalArgumentException("not a relation name: '" + relation + "'");
        }
    }

    /**
     * Parses the {@code triggers.tsv} notation; {@code -} gives the default for the word class.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ArgumentHints parse(String text, WordClass wordClass) {
        String t = text.trim();
        if (t.equals("-")) {
            return wordClass == WordClass.VERB || wordClass == WordClass.ANY ? VERB_DEFAULT : NOUN_DEFAULT;
        }
        boolean reciprocal = t.contains("=");
        String[] sides = t.split(reciprocal ? "=" : ">", -1);
        if (sides.length != 2 || t.contains("=") && t.contains(">")) {
            throw new IllegalArgumentException("arguments must be actors>recipients or actors=partners: '" + t + "'");
        }
        return new ArgumentHints(relations(sides[0]), relations(sides[1]), reciprocal);
    }

    private static List<String> relations(String side) {
        String s = side.trim();
        List<String> out = new ArrayList<>();
        if (s.equals("-") || s.isEmpty()) {
            return out;
        }
        for (String r : s.split(",")) {
            out.add(r.trim());
        }
        return out;
    }

    @Override
    public String toString() {
        String a = actors.isEmpty() ? "-" : String.join(",", actors);
        String r = recipients.isEmpty() ? "-" : String.join(",", recipients);
        return a + (reciprocal ? "=" : ">") + r;
    }
}
