package org.sitrep.events.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How often the lexicon finds, in a PLOVER gold sentence, a trigger of the gold type: an upper bound on the
 * event-type recall a coder built on it can reach. Words are lemmatised by {@link FallbackLemmatizer}; nothing
 * here knows the gold beyond the type it checks. Prints the figures per type.
 */
class PloverGoldCoverageIT {

    private static final Pattern TOKEN = Pattern.compile("n't|[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");
    private static final double FLOOR = 0.85;
    private static final double FIRST_SENSE_FLOOR = 0.80;

    private final EventLexicon lexicon = EventLexicon.bundled();
    private final FactualityCues cues = FactualityCues.bundled();
    private final FallbackLemmatizer lemmatizer = FallbackLemmatizer.forVocabulary(vocabulary());

    private Set<String> vocabulary() {
        Set<String> words = new java.util.TreeSet<>(lexicon.vocabulary());
        for (FactualityCue c : cues.cues()) {
            if (c.on() != FactualityCue.MatchOn.LEMMA) {
                continue; // surface-word cues ("prepared to") must not stop "prepared" from reaching "prepare"
            }
            c.phrase().tokens().stream().filter(t -> !t.equals(LemmaPattern.GAP)).forEach(words::add);
        }
        return words;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.replace("n't", " n't"));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The three counts of one type: sentences, found by any sense, found by the first sense, found with rules. */
    private static final class Tally {
        int sentences;
        int anySense;
        int firstSense;
        int withRules;
        int typesFound;
    }

    @Test
    void lexiconFindsTheGoldTypeInMostSentences() throws IOException {
        Path gold = Path.of(System.getProperty("sitrep.shared", "../shared"), "eval", "plover-gold", "plover_gsr.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "PLOVER gold not found at " + gold + ": skipped");
        ObjectMapper json = new ObjectMapper();
        Map<PloverType, Tally> tallies = new EnumMap<>(PloverType.class);
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = json.readTree(line);
            PloverType expected = PloverType.of(record.get("event").asText());
            List<String> words = tokens(record.get("text").asText());
            List<String> lemmas = lemmatizer.lemmas(words);
            List<TriggerMatch> found = lexicon.find(lemmas);
            Set<PloverType> any = EnumSet.noneOf(PloverType.class);
            Set<PloverType> first = EnumSet.noneOf(PloverType.class);
            for (TriggerMatch m : found) {
                first.add(m.first().type());
                m.senses().forEach(s -> any.add(s.type()));
            }
            Set<PloverType> ruled = withCompositionRules(any, words, lemmas);
            Tally t = tallies.computeIfAbsent(expected, k -> new Tally());
            t.sentences++;
            t.anySense += any.contains(expected) ? 1 : 0;
            t.firstSense += first.contains(expected) ? 1 : 0;
            t.withRules += ruled.contains(expected) ? 1 : 0;
            t.typesFound += any.size();
            if (!ruled.contains(expected)) {
                misses.add(record.get("id").asText() + " " + expected + " found " + any);
            }
        }
        Tally all = report(tallies);
        misses.forEach(m -> System.out.println("  miss " + m));
        double recall = ratio(all.anySense, all.sentences);
        assertTrue(recall >= FLOOR, String.format(Locale.ROOT, "any-sense recall %.3f below %.2f", recall, FLOOR));
        double usual = ratio(all.firstSense, all.sentences);
        assertTrue(usual >= FIRST_SENSE_FLOOR,
                String.format(Locale.ROOT, "first-sense recall %.3f below %.2f", usual, FIRST_SENSE_FLOOR));
    }

    /**
     * PLOVER's composition rules, as the events layer will apply them (see the header of triggers.tsv): a
     * cooperative trigger under a future cue also reads as AGREE, under a negation or refusal as REJECT; a
     * conflictive material trigger under a future or conditional cue as THREATEN.
     */
    private Set<PloverType> withCompositionRules(Set<PloverType> any, List<String> words, List<String> lemmas) {
        Set<PloverType> out = EnumSet.noneOf(PloverType.class);
        out.addAll(any);
        boolean cooperative = any.stream().anyMatch(t -> t.quad() == PloverType.Quad.VERBAL_COOPERATION
                || t.quad() == PloverType.Quad.MATERIAL_COOPERATION);
        boolean conflictive = any.stream().anyMatch(t -> t.quad() == PloverType.Quad.MATERIAL_CONFLICT);
        for (CueMatch m : cues.find(words, lemmas)) {
            for (FactualityCue c : m.cues()) {
                boolean ahead = c.kind() == FactualityCue.Kind.FUTURE || c.kind() == FactualityCue.Kind.CONDITIONAL;
                if (cooperative && ahead) {
                    out.add(PloverType.AGREE);
                }
                if (cooperative && c.kind() == FactualityCue.Kind.NEGATION) {
                    out.add(PloverType.REJECT);
                }
                if (conflictive && ahead) {
                    out.add(PloverType.THREATEN);
                }
            }
        }
        return out;
    }

    private static Tally report(Map<PloverType, Tally> tallies) {
        Tally all = new Tally();
        System.out.println("PLOVER gold trigger coverage (sentences with a trigger of the gold type)");
        System.out.println("type        n   any-sense  first-sense  with-rules  types/sentence");
        for (Map.Entry<PloverType, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(Locale.ROOT, "%-10s %3d   %5.3f      %5.3f       %5.3f       %4.2f%n", e.getKey(),
                    t.sentences, ratio(t.anySense, t.sentences), ratio(t.firstSense, t.sentences),
                    ratio(t.withRules, t.sentences), ratio(t.typesFound, t.sentences));
            all.sentences += t.sentences;
            all.anySense += t.anySense;
            all.firstSense += t.firstSense;
            all.withRules += t.withRules;
            all.typesFound += t.typesFound;
        }
        System.out.printf(Locale.ROOT, "%-10s %3d   %5.3f      %5.3f       %5.3f       %4.2f%n", "ALL",
                all.sentences, ratio(all.anySense, all.sentences), ratio(all.firstSense, all.sentences),
                ratio(all.withRules, all.sentences), ratio(all.typesFound, all.sentences));
        return all;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
