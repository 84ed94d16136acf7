package org.sitrep.events.lexicon;

import org.sitrep.pipeline.SourceLine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One sense of an event trigger: a word or phrase of lemmas and what an event it triggers is.
 *
 * @param pattern the lemmas, possibly with gaps ({@code call on}, {@code hold ... talk})
 * @param wordClass the part of speech of the first word, when a caller with tags wants to check it
 * @param type the PLOVER type
 * @param mode the PLOVER mode, or null
 * @param contexts default PLOVER contexts, possibly none
 * @param cameo the most fitting CAMEO code; its PLOVER type is {@code type}
 * @param arguments where the actors and recipients are
 * @param where the file and line it was read from
 */
public record TriggerEntry(LemmaPattern pattern, WordClass wordClass, PloverType type, String mode,
        List<String> contexts, CameoCode cameo, ArgumentHints arguments, SourceLine where) {

    /** The context names of the PLOVER manual and the 2021 CAMEO-to-PLOVER table. */
    public static final Set<String> CONTEXTS = Set.of("political", "military", "intelligence", "peacekeeping",
            "economic", "diplomatic", "resource", "culture", "disease", "enviro_disaster", "migration",
            "humanitarian", "legal", "human_rights", "rights_freedoms", "gender", "lgbt", "terrorism",
            "human_security", "religion_ethnicity", "government", "election", "legislative", "cbrn", "cyber",
            "political_institutions", "corruption", "crime", "crime_murder", "crime_theft", "crime_drugs",
            "crime_sexual", "executive", "democracy", "pro_autocracy");

    public TriggerEntry {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(wordClass, "wordClass");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(where, "where");
        contexts = List.copyOf(contexts);
        if (mode != null && !type.modes().contains(mode)) {
            throw new IllegalArgumentException("mode '" + mode + "' is not a mode of " + type + " " + type.modes());
        }
        for (String c : contexts) {
            if (!CONTEXTS.contains(c)) {
                throw new IllegalArgumentException("unknown context '" + c + "'");
            }
        }
        if (cameo.type() != type) {
            throw new IllegalArgumentException(
                    "CAMEO " + cameo.code() + " is " + cameo.type() + " but the entry says " + type);
        }
    }

    /** The mode, if any. */
    public Optional<String> modeIfAny() {
        return Optional.ofNullable(mode);
    }
}
