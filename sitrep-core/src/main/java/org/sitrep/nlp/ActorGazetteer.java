package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorEntry;
import org.sitrep.actors.Alias;
import org.sitrep.actors.AliasForm;
import org.sitrep.actors.Role;
import org.sitrep.actors.Sector;

/**
 * Writes the actor dictionary as a CoreNLP regexner mapping, so that NER labels every alias sitrep knows:
 * countries (COUNTRY), their adjectives (NATIONALITY), capitals (CITY) and seats of power (ORGANIZATION),
 * bodies, groups and media (ORGANIZATION), people (PERSON), places (LOCATION) and role words (TITLE).
 *
 * <p>Each alias is cut into tokens by CoreNLP's own tokenizer, twice: NER sees hyphenated words whole
 * ("ISIS-K", its NER-specific tokenization), the rest of the pipeline split ({@code ISIS - K}); both patterns
 * are written. Variants are added the way the dictionary's own matcher treats them as equal: without a
 * leading "the", hyphens as spaces, "U.S." as "US" and "UK" as "U.K."; and a capital where a sentence may
 * put one ("Al-Qaeda", "Foreign Ministers").
 */
final class ActorGazetteer {

    private static final String PLACE_TYPES = "O,MISC,LOCATION,ORGANIZATION,COUNTRY,NATIONALITY,CITY,"
            + "STATE_OR_PROVINCE";
    private static final Map<String, String> OVERWRITES = Map.of(
            "COUNTRY", PLACE_TYPES,
            "NATIONALITY", "O,MISC,LOCATION,NATIONALITY,RELIGION,IDEOLOGY",
            "CITY", "O,MISC,LOCATION,CITY,STATE_OR_PROVINCE",
            "ORGANIZATION", PLACE_TYPES + ",RELIGION,IDEOLOGY",
            "PERSON", "O,MISC,LOCATION,ORGANIZATION,PERSON",
            "LOCATION", PLACE_TYPES,
            "TITLE", "O,MISC,TITLE");
    private static final Pattern SHORT_ACRONYM = Pattern.compile("\\p{Lu}{2,4}");
    private static final Pattern REGEX_CHARS = Pattern.compile("([\\\\.\\[\\]{}()*+?^$|])");
    /** The words regexner takes as plain strings; any other becomes a regular expression (see below). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_\\-]*");

    private ActorGazetteer() {
    }

    /** The mapping lines: pattern, label, labels it may overwrite, priority; one per distinct pattern. */
    static List<String> lines(ActorDictionary dictionary) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (ActorEntry entry : dictionary.entries()) {
            for (Alias alias : entry.aliases()) {
                String type = type(entry, alias);
                for (String pattern : patterns(alias.text(), false)) {
                    lines.putIfAbsent(pattern, line(pattern, type, 2));
                }
            }
        }
        for (Role role : dictionary.roles()) {
            for (String pattern : patterns(role.phrase(), true)) {
                lines.putIfAbsent(pattern, line(pattern, "TITLE", 1));
            }
        }
        return List.copyOf(lines.values());
    }

    /** Writes the mapping to a new temporary file, which the caller deletes once CoreNLP has read it. */
    static Path write(ActorDictionary dictionary) {
        try {
            Path file = Files.createTempFile("sitrep-gazetteer-", ".tsv");
            Files.write(file, lines(dictionary), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the actor gazetteer to a temporary file", e);
        }
    }

    static String type(ActorEntry entry, Alias alias) {
        switch (entry.kind()) {
            case COUNTRY:
                if (alias.form() == AliasForm.ADJECTIVE) {
                    return "NATIONALITY";
                }
                if (alias.form() == AliasForm.SEAT) {
                    // "Islamabad" is a city; "the Kremlin", "Westminster(LEG)" are institutions. A seat
                    // without a sector of its own means the government (GOV).
                    boolean institution = alias.sector() != Sector.GOV
                            || alias.text().toLowerCase(Locale.ROOT).startsWith("the ");
                    return institution ? "ORGANIZATION" : "CITY";
                }
                return "COUNTRY";
            case PERSON:
                return "PERSON";
            case OTHER:
                return "LOCATION";
            default:
                return "ORGANIZATION";
        }
    }

    /**
     * The token patterns of a phrase and its variants. Plain words are written as they are, space-separated.
     * A phrase with any other word ("U.S.", "Côte d'Ivoire", "St. Lucia") is written as a TokensRegex of
     * exact words, {@code ( [{word:"U.S."}] )}: regexner would take such a word as a regular expression, and a
     * pattern whose first word is one is tried at every token of every sentence (about 200 of them made the
     * gazetteer cost twice what the CRF does), while an exact word is looked up.
     */
    static Set<String> patterns(String phrase, boolean role) {
        Set<String> forms = new LinkedHashSet<>();
        String base = phrase.strip();
        if (base.toLowerCase(Locale.ROOT).startsWith("the ") && base.length() > 4) {
            base = base.substring(4);
        }
        forms.add(base);
        forms.add(base.replaceAll("[-\u2010\u2011]", " "));
        if (base.matches("(?:\\p{Lu}\\.){2,}")) {
            forms.add(base.replace(".", ""));
        } else if (SHORT_ACRONYM.matcher(base).matches()) {
            forms.add(base.replaceAll("(\\p{Lu})", "$1.")); // UK -> U.K.
        }
        if (role) {
            new ArrayList<>(forms).forEach(form -> forms.add(capitalised(form)));
        } else if (Character.isLowerCase(base.charAt(0))) {
            new ArrayList<>(forms).forEach(form -> forms.add(Character.toUpperCase(form.charAt(0))
                    + form.substring(1)));
        }
        Set<String> patterns = new LinkedHashSet<>();
        for (String form : forms) {
            for (boolean split : new boolean[] {false, true}) {
                List<String> tokens = tokens(form, split);
                if (!tokens.isEmpty()) {
                    patterns.add(pattern(tokens));
                }
            }
        }
        return patterns;
    }

    private static String pattern(List<String> tokens) {
        if (tokens.stream().allMatch(token -> PLAIN.matcher(token).matches())) {
            return String.join(" ", tokens);
        }
        if (tokens.stream().anyMatch(token -> token.indexOf('"') >= 0 || token.indexOf('\\') >= 0)) {
            return String.join(" ", tokens.stream().map(token -> REGEX_CHARS.matcher(token).replaceAll("\\\\$1"))
                    .toList());
        }
        StringBuilder regex = new StringBuilder("(");
        tokens.forEach(token -> regex.append(" [{word:\"").append(token).append("\"}]"));
        return regex.append(" )").toString();
    }

    private static List<String> tokens(String form, boolean splitHyphenated) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(form), new CoreLabelTokenFactory(),
                "invertible,untokenizable=noneDelete,splitHyphenated=" + splitHyphenated);
        List<String> tokens = new ArrayList<>();
        while (tokenizer.hasNext()) {
            tokens.add(tokenizer.next().originalText());
        }
        return tokens;
    }

    private static String capitalised(String form) {
        StringBuilder out = new StringBuilder(form.length());
        boolean start = true;
        for (char c : form.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    private static String line(String pattern, String type, int priority) {
        return pattern + "\t" + type + "\t" + OVERWRITES.get(type) + "\t" + priority;
    }
}
