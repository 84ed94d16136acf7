package org.sitrep.events.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small lemmatiser for when no language layer is at hand (tests, quick checks): it knows the common irregular
 * verbs and maps the regular inflections of a given vocabulary back to their lemma ("shelled" → {@code shell},
 * "rallies" → {@code rally}, "banned" → {@code ban}). Words it does not know are only lower-cased. It has no
 * part of speech, so "bombing" stays {@code bombing} when that is a word of the vocabulary.
 *
 * <p>Immutable and thread-safe.
 */
public final class FallbackLemmatizer {

    /** Irregular past tenses and participles, and the forms of "be" and "have", in pairs of form and lemma. */
    private static final String[] IRREGULAR = {
        "is", "be", "are", "be", "was", "be", "were", "be", "been", "be", "am", "be", "'s", "be", "'re", "be",
        "has", "have", "had", "have", "does", "do", "did", "do", "done", "do",
        "said", "say", "told", "tell", "held", "hold", "met", "meet", "sought", "seek", "took", "take",
        "taken", "take", "gave", "give", "given", "give", "shot", "shoot", "fought", "fight", "brought", "bring",
        "threw", "throw", "thrown", "throw", "sent", "send", "struck", "strike", "stricken", "strike",
        "withdrew", "withdraw", "withdrawn", "withdraw", "swore", "swear", "sworn", "swear", "overran", "overrun",
        "ran", "run", "lost", "lose", "left", "leave", "led", "lead", "began", "begin", "begun", "begin",
        "broke", "break", "broken", "break", "froze", "freeze", "frozen", "freeze", "undertook", "undertake",
        "undertaken", "undertake", "forgave", "forgive", "forgiven", "forgive", "fled", "flee", "upheld", "uphold",
        "withheld", "withhold", "laid", "lay", "paid", "pay", "kept", "keep", "caught", "catch", "found", "find",
        "made", "make", "went", "go", "gone", "go", "came", "come", "got", "get", "gotten", "get", "blew", "blow",
        "blown", "blow", "flew", "fly", "flown", "fly", "forbade", "forbid", "forbidden", "forbid",
        "overthrew", "overthrow", "overthrown", "overthrow", "stood", "stand", "spoke", "speak", "spoken", "speak",
        "wrote", "write", "written", "write", "thought", "think", "knew", "know", "known", "know", "saw", "see",
        "seen", "see", "rode", "ride", "rose", "rise", "risen", "rise", "drove", "drive", "driven", "drive",
        "bore", "bear", "borne", "bear", "beaten", "beat", "bid", "bid", "hit", "hit", "cut", "cut", "set", "set",
        "put", "put", "shut", "shut", "quit", "quit", "spread", "spread", "won", "win", "sold", "sell",
        "bought", "buy", "built", "build", "felt", "feel", "heard", "hear", "meant", "mean", "slew", "slay",
        "slain", "slay", "stole", "steal", "stolen", "steal", "hid", "hide", "hidden", "hide", "shook", "shake",
        "shaken", "shake", "arose", "arise", "arisen", "arise", "foresaw", "foresee", "foreseen", "foresee",
        "mistook", "mistake", "oversaw", "oversee", "overseen", "oversee", "rebuilt", "rebuild", "retook",
        "retake", "retaken", "retake", "underwent", "undergo", "undergone", "undergo", "wore", "wear",
        "torn", "tear", "tore", "tear", "bled", "bleed", "dealt", "deal", "fed", "feed", "shed", "shed",
        "forces", "force", "n't", "not", "wo", "will", "ca", "can", "sha", "shall",
        "men", "man", "women", "woman", "children", "child",
    };

    private final Map<String, String> lemmaOf;

    private FallbackLemmatizer(Map<String, String> lemmaOf) {
        this.lemmaOf = Map.copyOf(lemmaOf);
    }

    /**
     * A lemmatiser that knows the inflections of {@code vocabulary} (lower-case lemmas) and the irregular table.
     * A word that is itself in the vocabulary is its own lemma.
     */
    public static FallbackLemmatizer forVocabulary(Collection<String> vocabulary) {
        Map<String, String> map = new HashMap<>();
        for (String lemma : vocabulary) {
            String l = lemma.toLowerCase(Locale.ROOT);
            for (String form : inflections(l)) {
                map.putIfAbsent(form, l);
            }
        }
        for (int i = 0; i < IRREGULAR.length; i += 2) {
            map.put(IRREGULAR[i], IRREGULAR[i + 1]);
        }
        for (String lemma : vocabulary) {
            map.put(lemma.toLowerCase(Locale.ROOT), lemma.toLowerCase(Locale.ROOT));
        }
        return new FallbackLemmatizer(map);
    }

    /** The lemma of one word: known forms map to their lemma, others are lower-cased. */
    public String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return lemmaOf.getOrDefault(w, w);
    }

    /** The lemmas of a list of words. */
    public List<String> lemmas(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(lemma(w));
        }
        return out;
    }

    /** The regular inflections of a lemma: -s/-es/-ies, -ed/-d/-ied, -ing, with a doubled final consonant. */
    static List<String> inflections(String l) {
        List<String> forms = new ArrayList<>();
        if (l.isEmpty() || l.contains(" ")) {
            return forms;
        }
        char last = l.charAt(l.length() - 1);
        boolean consonantY = last == 'y' && l.length() > 1 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0;
        if (consonantY) {
            String stem = l.substring(0, l.length() - 1);
            forms.addAll(List.of(stem + "ies", stem + "ied", l + "ing"));
            return forms;
        }
        if (l.endsWith("s") || l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh")) {
            forms.add(l + "es");
        } else {
            forms.add(l + "s");
        }
        if (l.endsWith("e")) {
            forms.add(l + "d");
            forms.add(l.endsWith("ee") ? l + "ing" : l.endsWith("ie")
                    ? l.substring(0, l.length() - 2) + "ying" : l.substring(0, l.length() - 1) + "ing");
        } else {
            forms.add(l + "ed");
            forms.add(l + "ing");
            if ("aeiouwxy".indexOf(last) < 0 && l.length() > 2 && "aeiou".indexOf(l.charAt(l.length() - 2)) >= 0) {
                forms.add(l + last + "ed");
                forms.add(l + last + "ing");
            }
        }
        return forms;
    }
}
