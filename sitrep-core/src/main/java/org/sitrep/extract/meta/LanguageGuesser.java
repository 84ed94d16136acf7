package org.sitrep.extract.meta;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text as an ISO 639-1 code when the page does not declare one. Non-Latin scripts
 * decide by themselves (Cyrillic ru, Arabic ar, Han zh, kana ja, Hangul ko, Greek el, Hebrew he, Devanagari hi,
 * Thai th); Latin-script text is scored by the share of its words that are common function words of English,
 * French, German, Spanish, Italian, Portuguese, Dutch or Indonesian. Returns empty when the text is too short
 * or no language stands out. Thread-safe.
 */
public final class LanguageGuesser {

    private static final int MIN_LETTERS = 40;
    private static final int MIN_WORDS = 12;
    // Some 800 words settle the language; reading more only costs time.
    private static final int MAX_CHARS = 5_000;
    private static final double MIN_SHARE = 0.08;
    private static final double MIN_LEAD = 1.25;
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "it", "was", "for", "on", "are", "with", "they",
                    "be", "at", "this", "have", "from", "by", "not", "but", "were", "which", "has", "been", "their",
                    "would", "said", "will", "an", "or", "he", "she", "its", "who"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "un", "une", "du", "dans", "que", "qui", "pour",
                    "pas", "sur", "au", "avec", "ce", "il", "elle", "sont", "par", "plus", "mais", "nous", "ont",
                    "été", "aux", "cette", "ses", "leur", "ne"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "von",
                    "sich", "des", "auf", "für", "im", "dem", "auch", "es", "wird", "sind", "wie", "bei", "oder",
                    "aus", "nach", "wurde", "einer", "werden", "hat", "ich"),
            "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "con", "para",
                    "del", "se", "no", "al", "como", "más", "pero", "sus", "ha", "fue", "este", "esta", "entre",
                    "cuando", "muy", "sobre", "también", "lo"),
            "it", Set.of("il", "di", "che", "la", "e", "un", "una", "per", "non", "sono", "del", "della", "le",
                    "gli", "con", "si", "è", "anche", "nel", "alla", "ma", "come", "dei", "più", "questo", "delle",
                    "ha", "essere", "lo", "sul", "ci", "da"),
            "pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com",
                    "não", "por", "mais", "dos", "das", "se", "ao", "como", "mas", "foi", "na", "no", "ele", "ela",
                    "são", "está", "também", "pelo", "pela", "você"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "niet", "zijn", "voor",
                    "met", "die", "er", "aan", "ook", "als", "bij", "maar", "om", "dan", "door", "naar", "wordt",
                    "werd", "nog", "wel", "hij", "dit"),
            "id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "ada", "dalam",
                    "akan", "pada", "juga", "ke", "karena", "oleh", "saya", "kita", "mereka", "bisa", "atau",
                    "sudah", "adalah", "kami", "tersebut"));

    /** Returns the language of {@code text}, or empty when it is too short or unclear. */
    public Optional<String> guess(String text) {
        Objects.requireNonNull(text, "text");
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Map<Character.UnicodeScript, Integer> scripts = scripts(sample);
        int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        Character.UnicodeScript main = scripts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
        if (scripts.get(main) * 2 < letters) {
            return byScript(scripts, letters);
        }
        return main == Character.UnicodeScript.LATIN ? byStopwords(sample) : byScript(scripts, letters);
    }

    private static Map<Character.UnicodeScript, Integer> scripts(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        return counts;
    }

    /** Japanese mixes kana into Han, so any real share of kana makes Han text Japanese. */
    private static Optional<String> byScript(Map<Character.UnicodeScript, Integer> scripts, int letters) {
        int kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        if (kana * 10 >= letters) {
            return Optional.of("ja");
        }
        for (Map.Entry<Character.UnicodeScript, String> script : List.of(
                Map.entry(Character.UnicodeScript.HANGUL, "ko"), Map.entry(Character.UnicodeScript.HAN, "zh"),
                Map.entry(Character.UnicodeScript.CYRILLIC, "ru"), Map.entry(Character.UnicodeScript.ARABIC, "ar"),
                Map.entry(Character.UnicodeScript.GREEK, "el"), Map.entry(Character.UnicodeScript.HEBREW, "he"),
                Map.entry(Character.UnicodeScript.DEVANAGARI, "hi"), Map.entry(Character.UnicodeScript.THAI, "th"))) {
            if (scripts.getOrDefault(script.getKey(), 0) * 2 >= letters) {
                return Optional.of(script.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> byStopwords(String text) {
        String[] words = WORD.split(text.toLowerCase(Locale.ROOT));
        int total = 0;
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            total++;
            for (Map.Entry<String, Set<String>> language : STOPWORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        if (total < MIN_WORDS) {
            return Optional.empty();
        }
        List<Map.Entry<String, Integer>> ranked = hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_SHARE * total) {
            return Optional.empty();
        }
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return ranked.get(0).getValue() >= MIN_LEAD * second ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }
}
