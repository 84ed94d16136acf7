package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;

/** The regexner mapping written from the bundled actor dictionary; needs CoreNLP's tokenizer, not its models. */
class ActorGazetteerTest {

    private static List<String> lines;
    private static Map<String, String> typeByPattern;

    @BeforeAll
    static void write() {
        lines = ActorGazetteer.lines(ActorDictionary.bundled());
        typeByPattern = new LinkedHashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            typeByPattern.put(fields[0], fields[1]);
        }
    }

    @Test
    void everyLineHasPatternLabelOverwritesAndPriorityAndNoPatternRepeats() {
        Set<String> patterns = new HashSet<>();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            assertEquals(4, fields.length, line);
            assertTrue(fields[2].startsWith("O,MISC"), "background labels are overwritable: " + line);
            assertTrue(patterns.add(fields[0]), "repeated pattern: " + fields[0]);
        }
        assertTrue(lines.size() > 1000, "every alias of every entry, got " + lines.size());
    }

    @Test
    void hyphenatedNamesMatchBothTheNerAndThePipelineTokenization() {
        assertEquals("ORGANIZATION", typeByPattern.get("ISIS-K"));
        assertEquals("ORGANIZATION", typeByPattern.get("ISIS - K"));
        assertEquals("ORGANIZATION", typeByPattern.get("ISIS K"));
        assertEquals("ORGANIZATION", typeByPattern.get("Al-Qaeda"), "capitalised at a sentence start");
        assertEquals("ORGANIZATION", typeByPattern.get("TTP"));
    }

    @Test
    void countriesAdjectivesCapitalsAndSeatsGetTheirOwnLabels() {
        assertEquals("COUNTRY", typeByPattern.get("Pakistan"));
        assertEquals("NATIONALITY", typeByPattern.get("Pakistani"));
        assertEquals("CITY", typeByPattern.get("Islamabad"));
        assertEquals("ORGANIZATION", typeByPattern.get("Kremlin"), "a leading 'the' is dropped");
        assertEquals("PERSON", typeByPattern.get("Putin"));
        assertEquals("LOCATION", typeByPattern.get("South China Sea"));
    }

    @Test
    void wordsRegexnerWouldReadAsRegularExpressionsAreWrittenAsExactWordsAndAcronymsGetTheirOtherSpelling() {
        assertEquals("COUNTRY", typeByPattern.get("( [{word:\"U.S.\"}] )"));
        assertEquals("COUNTRY", typeByPattern.get("US"));
        assertEquals("COUNTRY", typeByPattern.get("( [{word:\"U.K.\"}] )"));
        assertEquals("CITY", typeByPattern.get("( [{word:\"Bogotá\"}] )"));
        for (String pattern : typeByPattern.keySet()) {
            String first = pattern.split(" ")[0];
            assertTrue(first.equals("(") || first.matches("[A-Za-z0-9_\\-]+"),
                    "a first word regexner would try at every token: " + pattern);
        }
    }

    @Test
    void roleWordsAreTitlesInLowerCaseAndCapitalised() {
        assertEquals("TITLE", typeByPattern.get("foreign ministers"));
        assertEquals("TITLE", typeByPattern.get("Foreign Ministers"));
        assertTrue(lines.stream().filter(l -> l.startsWith("Foreign Ministers\t")).allMatch(l -> l.endsWith("\t1")),
                "roles rank below names");
    }

    private static String line(String pattern) {
        return lines.stream().filter(l -> l.startsWith(pattern + "\t")).findFirst().orElseThrow();
    }

    @Test
    void theMappingIsWrittenAsUtf8ToATemporaryFile() throws Exception {
        Path file = ActorGazetteer.write(ActorDictionary.bundled());
        try {
            List<String> read = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals(lines, read);
            assertTrue(read.contains(line("( [{word:\"Åland\"}] [{word:\"Islands\"}] )")), "non-ASCII aliases survive");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
