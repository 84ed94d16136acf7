package org.sitrep.bench.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the benchmark's JSON Lines: only named PER, ORG and LOC mentions are kept, with the name's head. */
class WikinewsEntitiesTest {

    @TempDir
    Path folder;

    private static String mention(int start, int end, String type, boolean named, String wiki) {
        return "{\"start\":" + start + ",\"end\":" + end + ",\"text\":\"x\",\"type\":" + type + ",\"named\":" + named
                + ",\"wikipedia\":" + wiki + ",\"name_head_start\":" + start + ",\"name_head_end\":" + end + "}";
    }

    @Test
    void keepsNamedMentionsOfTheScoredTypes() throws IOException {
        Path file = folder.resolve(WikinewsEntities.FILE);
        String text = "Oslo hosts Nordic Rail.";
        String line = "{\"doc_id\":\"d1\",\"date_created\":\"2015-05-07\",\"text\":\"" + text + "\",\"mentions\":["
                + mention(0, 4, "\"LOC\"", true, "\"Oslo\"") + "," + mention(11, 22, "\"ORG\"", true, "null") + ","
                + mention(5, 10, "\"OTHER\"", true, "null") + "," + mention(11, 17, "\"ORG\"", false, "null") + "]}";
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        List<GoldDocument> documents = WikinewsEntities.read(file);
        assertEquals(1, documents.size());
        GoldDocument d = documents.get(0);
        assertEquals(LocalDate.of(2015, 5, 7), d.date());
        assertEquals(List.of(EntityType.LOC, EntityType.ORG), d.mentions().stream().map(GoldMention::type).toList());
        assertEquals("Oslo", d.mentions().get(0).wikipedia());
    }

    @Test
    void aMentionPastTheTextIsAnError() throws IOException {
        Path file = folder.resolve(WikinewsEntities.FILE);
        Files.writeString(file, "{\"doc_id\":\"d2\",\"text\":\"short\",\"mentions\":["
                + mention(0, 40, "\"PER\"", true, "null") + "]}\n", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> WikinewsEntities.read(file));
    }
}
