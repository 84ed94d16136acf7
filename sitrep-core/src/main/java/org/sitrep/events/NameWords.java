package org.sitrep.events;

import java.util.Locale;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.actors.Mention;
import org.sitrep.nlp.Token;

/**
 * Words of a name are no acts: "the Collective Security Treaty Organization", "the People's Liberation Army",
 * "the World Food Programme", "the Peace Corps" name a body, and their "Treaty", "Liberation", "Food" or "Peace"
 * reports nothing. A trigger word is part of a name when the actor recogniser found a mention of several words
 * around it and the tagger reads the word as a proper noun; a common noun in a descriptive mention ("Russia's
 * foreign ministry", "Palestinian protesters") stays a trigger. A headline in capitals, where every word is
 * tagged a proper noun, proves nothing.
 */
final class NameWords {

    private NameWords() {
    }

    /** Whether the word lies inside a multi-word name that one of the actors is mentioned by. */
    static boolean inName(Token word, ActorSet actors) {
        if (!word.pos().startsWith("NNP")) {
            return false;
        }
        for (Actor actor : actors.actors()) {
            for (Mention m : actor.mentions()) {
                boolean inside = m.start() <= word.span().start() && word.span().end() <= m.end();
                if (inside && m.text().strip().contains(" ") && !capitals(m.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean capitals(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT));
    }
}
