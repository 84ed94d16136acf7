package org.sitrep.bench.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.events.lexicon.PloverType;

/**
 * One hand-coded sentence of the PLOVER gold standard ({@code plover_gsr.jsonl}), its labels brought to the
 * current PLOVER names and its actor codes cut to three letters.
 *
 * @param id the record id
 * @param text the sentence
 * @param type the event type in current labels (DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE,
 *     FIGHT is ASSAULT)
 * @param sources source countries, three letters each ({@code IGO} for international bodies)
 * @param targets target countries, three letters each
 * @param reciprocal whether the parties act together, without direction (all listed as sources)
 */
record GoldEvent(String id, String text, PloverType type, List<String> sources, List<String> targets,
                 boolean reciprocal) {

    /** Old codes the gold keeps, and the ISO codes sitrep gives. */
    private static final Map<String, String> OLD_CODES = Map.of("JAP", "JPN", "ITL", "ITA");

    GoldEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /** Every record of a gold file, in file order. */
    static List<GoldEvent> read(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        List<GoldEvent> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode n = mapper.readTree(line);
                    out.add(new GoldEvent(n.get("id").asText(), n.get("text").asText(),
                            PloverType.of(n.get("event").asText()), codes(n.get("source")), codes(n.get("target")),
                            n.path("reciprocal").asBoolean(false)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static List<String> codes(JsonNode actors) {
        List<String> out = new ArrayList<>();
        if (actors != null) {
            for (JsonNode a : actors) {
                String code = a.path("code").asText("");
                if (!code.isEmpty() && !out.contains(country(code))) {
                    out.add(country(code));
                }
            }
        }
        return out;
    }

    /** The first three letters of a code, upper case, old codes mapped to ISO. */
    static String country(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        c = c.length() > 3 ? c.substring(0, 3) : c;
        return OLD_CODES.getOrDefault(c, c);
    }
}
