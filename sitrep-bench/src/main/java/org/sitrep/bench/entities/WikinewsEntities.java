package org.sitrep.bench.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code gum_news_entities.jsonl}: one article a line with its hand-annotated mentions. */
public final class WikinewsEntities {

    /** The file inside the benchmark folder. */
    public static final String FILE = "gum_news_entities.jsonl";

    private WikinewsEntities() {
    }

    /**
     * Every article of the file with its named PER, ORG and LOC mentions (OTHER and unnamed ones are not
     * scored).
     *
     * @throws IOException when the file cannot be read or a line is not the expected JSON
     */
    public static List<GoldDocument> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    try {
                        documents.add(document(json.readTree(line)));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        throw new IOException(file + ":" + lineNumber + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return documents;
    }

    private static GoldDocument document(JsonNode node) {
        List<GoldMention> mentions = new ArrayList<>();
        for (JsonNode m : node.get("mentions")) {
            String type = m.path("type").asText("");
            if (!m.path("named").asBoolean(false) || !List.of("PER", "ORG", "LOC").contains(type)) {
                continue;
            }
            String wikipedia = m.path("wikipedia").isTextual() ? m.get("wikipedia").asText() : null;
            mentions.add(new GoldMention(m.get("start").asInt(), m.get("end").asInt(),
                    m.get("name_head_start").asInt(), m.get("name_head_end").asInt(), EntityType.valueOf(type),
                    wikipedia, m.get("text").asText()));
        }
        return new GoldDocument(node.get("doc_id").asText(), date(node.path("date_created").asText("")),
                node.get("text").asText(), mentions);
    }

    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
