package org.sitrep.events.lexicon;

import org.sitrep.pipeline.SourceLine;
import java.util.Arrays;
import java.util.List;

/**
 * Turns rows of {@code triggers.tsv} into senses. Columns: pattern, word class, type, mode, contexts, CAMEO code,
 * arguments; {@code -} for an empty mode or context list. A type of {@code -} makes a stop phrase: it matches
 * and uses up its words but triggers nothing ("release ... statement" keeps "release" from meaning RETREAT).
 */
final class TriggerParser {

    /** A parsed row: a sense, or a stop phrase when {@code entry} is null. */
    record Line(LemmaPattern pattern, WordClass wordClass, TriggerEntry entry, SourceLine where) {
        Line {
            if (entry != null && !entry.pattern().equals(pattern)) {
                throw new IllegalStateException("pattern mismatch");
            }
        }

        /** The key a user file overrides by. */
        String key() {
            return pattern + "\t" + wordClass.code();
        }
    }

    static final int FIELDS = 7;

    private final CameoTable cameo;

    TriggerParser(CameoTable cameo) {
        this.cameo = cameo;
    }

    Line parse(TsvReader.Row row) {
        return TsvReader.parse(row, this::parseFields);
    }

    private Line parseFields(TsvReader.Row row) {
        List<String> f = row.fields();
        LemmaPattern pattern = LemmaPattern.parse(f.get(0));
        WordClass wordClass = WordClass.ofCode(f.get(1));
        if (f.get(2).equals("-")) {
            for (int i = 3; i < FIELDS; i++) {
                if (!f.get(i).equals("-")) {
                    throw new IllegalArgumentException("a stop phrase (type -) has - in every later column");
                }
            }
            return new Line(pattern, wordClass, null, row.where());
        }
        PloverType type = PloverType.of(f.get(2));
        String mode = f.get(3).equals("-") ? null : f.get(3);
        List<String> contexts = f.get(4).equals("-") ? List.of() : Arrays.asList(f.get(4).split(","));
        CameoCode code = cameo.get(f.get(5)).orElseThrow(() -> new IllegalArgumentException(
                "CAMEO code " + f.get(5) + " is not in cameo.tsv"));
        ArgumentHints args = ArgumentHints.parse(f.get(6), wordClass);
        TriggerEntry entry = new TriggerEntry(pattern, wordClass, type, mode, contexts.stream().map(String::strip)
                .toList(), code, args, row.where());
        return new Line(pattern, wordClass, entry, row.where());
    }
}
