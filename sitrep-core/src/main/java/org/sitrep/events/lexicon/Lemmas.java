package org.sitrep.events.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Small helpers on lemma lists. */
final class Lemmas {

    private Lemmas() {
    }

    /** A lower-cased copy; nulls are rejected with their index. */
    static List<String> lower(List<String> words) {
        Objects.requireNonNull(words, "lemmas");
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w == null) {
                throw new NullPointerException("lemma " + i + " is null");
            }
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
