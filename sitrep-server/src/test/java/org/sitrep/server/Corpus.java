package org.sitrep.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.actors.Actor;
import org.sitrep.actors.Mention;
import org.sitrep.events.Attribution;
import org.sitrep.events.Event;
import org.sitrep.events.Span;
import org.sitrep.events.Trigger;
import org.sitrep.export.RecordJson;
import org.sitrep.export.TableRows;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.Analysis;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreWriter;

/**
 * A small store of hand-analysed articles, written for these tests in our own words (the events are
 * invented): analysed by hand so that the server tests need no language models, stored by the real store.
 * One article carries markup in its title and text, as a hostile page would.
 */
final class Corpus {

    /** The article whose title and text hold markup that must show as text. */
    static final String HOSTILE_TITLE = "<script>window.pwned = 1</script>Ferry talks <b>stall</b>";

    private static final RecordJson JSON = new RecordJson();

    private Corpus() {
    }

    /** Writes the articles into a new store under {@code dir}; returns the store's folder. */
    static Path write(Path dir) {
        return write(dir, articles());
    }

    /** Writes some articles into the store under {@code dir} (created if missing); returns the store's folder. */
    static Path write(Path dir, List<Analysis> articles) {
        Path root = dir.resolve("store");
        try (StoreWriter writer = StoreWriter.open(new StoreDirectory(root), 8, Clock.systemUTC())) {
            for (Analysis a : articles) {
                writer.add(TableRows.of(a), JSON.line(a), a.document().source());
            }
        }
        return root;
    }

    static List<Analysis> articles() {
        return List.of(
                new Builder("river-1", "https://news.example/river-pact", "2024-09-12",
                        "Two neighbours agree on river patrols",
                        "Pakistan and Afghanistan agreed on Thursday to run joint patrols on the river border. "
                                + "Officials said the patrols would start before the winter floods.")
                        .actor("Pakistan", "PAK").actor("Afghanistan", "AFG")
                        .event("AGREE", "agreed", List.of("Pakistan", "Afghanistan"), List.of(), "asserted", null)
                        .build(),
                new Builder("accuse-1", "https://news.example/accusation", "2024-10-03",
                        "Islamabad blames the Taliban for border attacks",
                        "Pakistan accused the Taliban of sheltering fighters who attacked border posts. "
                                + "The Taliban rejected the charge and warned Pakistan against raids.")
                        .actor("Pakistan", "PAK").actor("Taliban", "TALIBAN")
                        .event("ACCUSE", "accused", List.of("Pakistan"), List.of("Taliban"), "asserted", null)
                        .event("REJECT", "rejected", List.of("Taliban"), List.of("Pakistan"), "asserted", null)
                        .event("THREATEN", "warned", List.of("Taliban"), List.of("Pakistan"), "asserted", null)
                        .build(),
                new Builder("hostile-1", "javascript:alert(1)", "2024-10-20", HOSTILE_TITLE,
                        "Talks on the ferry line stalled when <img src=x onerror=\"window.pwned=2\"> India said "
                                + "it would not sign. Bangladesh said India might return to the table.")
                        .actor("India", "IND").actor("Bangladesh", "BGD")
                        .event("REJECT", "not sign", List.of("India"), List.of(), "negated", null)
                        .event("CONSULT", "return to the table", List.of("India"), List.of(), "possible", "Bangladesh")
                        .build());
    }

    /** One hand-analysed article; offsets are found by searching the text, so they cannot drift. */
    private static final class Builder {
        private final String id;
        private final String source;
        private final String day;
        private final String title;
        private final String text;
        private final Map<String, Actor> actors = new LinkedHashMap<>();
        private final List<Event> events = new ArrayList<>();

        Builder(String id, String source, String day, String title, String text) {
            this.id = id;
            this.source = source;
            this.day = day;
            this.title = title;
            this.text = text;
        }

        Builder actor(String name, String code) {
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                mentions.add(new Mention(at, at + name.length(), name));
            }
            String actorId = "a" + (actors.size() + 1);
            actors.put(name, new Actor(actorId, name, code, code.length() == 3 ? code : null, null,
                    code.length() == 3 ? "country" : "armed_group", mentions));
            return this;
        }

        Builder event(String type, String trigger, List<String> by, List<String> to, String factuality,
                      String source) {
            int at = text.indexOf(trigger);
            int sentenceStart = text.lastIndexOf(". ", at) < 0 ? 0 : text.lastIndexOf(". ", at) + 2;
            int sentenceEnd = text.indexOf(". ", at) < 0 ? text.length() : text.indexOf(". ", at) + 1;
            Attribution attribution = source == null ? null : new Attribution(actors.get(source).id(), "said");
            events.add(new Event("e" + (events.size() + 1), type, null, List.of(), "000", ids(by), ids(to),
                    factuality, attribution, day, null, new Span(sentenceStart, sentenceEnd),
                    new Trigger(at, at + trigger.length(), trigger), 0.8));
            return this;
        }

        private List<String> ids(List<String> names) {
            return names.stream().map(n -> actors.get(n).id()).toList();
        }

        Analysis build() {
            String docId = String.format(java.util.Locale.ROOT, "%064x", id.hashCode() & 0xffffffffL);
            Document d = new Document(docId, source, "text", title, List.of(), day, "Example News", List.of(), "en",
                    text);
            return new Analysis(d, List.copyOf(actors.values()), events, List.of(), List.of());
        }
    }
}
