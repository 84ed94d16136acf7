package org.sitrep.events;

import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Token;

/**
 * Nouns that name something said: a criticism, a call, a demand. Who said it is their owner ("Russia's
 * criticism", "the Russian call"), never what they are about ("criticisms of the Taliban" are not the
 * Taliban's). One with no owner that continues a list of them ("the other criticisms", "further demands")
 * is by the authors of the document the text last named with its authors.
 */
final class SpeechNouns {

    /** Nouns whose "of" phrase says what they are about: "criticism of X" is aimed at X. */
    private static final Set<String> ABOUT = Set.of("criticism", "condemnation", "accusation", "allegation",
            "warning", "censure");
    private static final Set<String> NOUNS = Set.of("criticism", "condemnation", "accusation", "allegation",
            "warning", "censure", "call", "demand", "complaint", "appeal", "request", "remark", "comment",
            "grievance", "recommendation", "proposal");
    private static final Set<String> CONTINUING = Set.of("other", "further", "additional", "remaining", "same");

    private SpeechNouns() {
    }

    static boolean is(Token noun) {
        return Parse.noun(noun) && NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT));
    }

    /** "criticisms of the Taliban": a noun whose "of" phrase names its target, not its speaker. */
    static boolean aimedByOf(Token noun) {
        return Parse.noun(noun) && ABOUT.contains(noun.lemma().toLowerCase(Locale.ROOT));
    }

    /** "the other criticisms", "further demands": more of what was said before. */
    static boolean continued(Parse parse, Token noun) {
        return is(noun) && parse.exactly(noun, "amod").stream()
                .anyMatch(a -> CONTINUING.contains(Parse.lower(a)));
    }
}
