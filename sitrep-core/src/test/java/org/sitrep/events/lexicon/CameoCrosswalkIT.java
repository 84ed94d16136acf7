package org.sitrep.events.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every CAMEO code of sitrep's table, and so of every trigger, has the PLOVER type the shared 2021
 * CAMEO-to-PLOVER crosswalk gives it, with the one documented exception of {@code cameo.tsv}.
 */
class CameoCrosswalkIT {

    /** Code lines of the crosswalk: {@code 0311: AGREE,  ,   economic # ...}; two-digit headers are skipped. */
    private static final Pattern LINE = Pattern.compile("^(\\d{3,4}):\\s*([A-Z]+)\\s*,.*$");

    /** 163: the PLOVER manual and gold code sanctions as SANCTION; the 2021 table says COERCE. */
    private static final Map<String, PloverType> DOCUMENTED_EXCEPTIONS = Map.of("163", PloverType.SANCTION);

    static Map<String, PloverType> readCrosswalk(Path file) throws IOException {
        Map<String, PloverType> types = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                types.putIfAbsent(m.group(1), PloverType.of(m.group(2)));
            }
        }
        return types;
    }

    @Test
    void everyCodeAgreesWithTheSharedCrosswalk() throws IOException {
        Path file = Path.of(System.getProperty("sitrep.shared", "../shared"), "eval", "plover-gold",
                "CAMEO2PLOVER-2021.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "crosswalk not found at " + file + ": skipped");
        Map<String, PloverType> crosswalk = readCrosswalk(file);
        assertTrue(crosswalk.size() > 200, "crosswalk parsed too few codes: " + crosswalk.size());
        List<String> wrong = new ArrayList<>();
        CameoTable table = CameoTable.bundled();
        for (CameoCode code : table.codes()) {
            PloverType expected = DOCUMENTED_EXCEPTIONS.getOrDefault(code.code(), crosswalk.get(code.code()));
            if (expected == null) {
                wrong.add(code.code() + " is not in the crosswalk");
            } else if (expected != code.type()) {
                wrong.add(code.code() + " is " + expected + " in the crosswalk but " + code.type() + " in cameo.tsv");
            }
        }
        assertEquals(List.of(), wrong);
        System.out.println("CAMEO codes checked against the crosswalk: " + table.codes().size());
    }

    @Test
    void everyTriggerUsesACheckedCodeOfItsOwnType() {
        EventLexicon lexicon = EventLexicon.bundled();
        for (TriggerEntry e : lexicon.entries()) {
            CameoCode code = lexicon.cameo().get(e.cameo().code()).orElseThrow();
            assertEquals(e.type(), code.type(), e.where() + " " + e.pattern());
        }
    }
}
