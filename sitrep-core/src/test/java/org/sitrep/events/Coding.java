package org.sitrep.events;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorRecognizer;
import org.sitrep.actors.ActorSet;
import org.sitrep.extract.Document;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpConfig;

/**
 * Codes a text as the analyser would, with CoreNLP loaded once for every test in the JVM and the actors found
 * by the dictionary alone, so that these tests check the coder and not the recogniser.
 */
final class Coding {

    private static final class Holder {
        static final Annotator ANNOTATOR = CoreNlpAnnotator.of(NlpConfig.defaults());
        static final DictionaryActors ACTORS = new DictionaryActors(ActorDictionary.bundled());
        static final EventCoder CODER = EventCoder.bundled();
    }

    /** The full actor recogniser, for tests that need places and names the dictionary does not list. */
    private static final class RecogniserHolder {
        static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorDictionary.bundled());
    }

    /** What one text gave. */
    record Result(String text, ActorSet actors, EventCoder.Coded coded) {

        /** The code of each actor id, in order. */
        List<String> codes(List<String> ids) {
            return ids.stream().map(id -> actors.byId(id).code()).toList();
        }

        /** The first event whose trigger is these words. */
        Event at(String trigger) {
            return coded.events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                    .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in '" + text + "': "
                            + coded.events()));
        }

        /** Whether no event has this type. */
        boolean lacks(String type) {
            return coded.events().stream().noneMatch(e -> e.type().equals(type));
        }

        /** The only event of a given type. */
        Event only(String type) {
            List<Event> found = coded.events().stream().filter(e -> e.type().equals(type)).toList();
            if (found.size() != 1) {
                throw new AssertionError("expected one " + type + " event in '" + text + "', got " + coded.events());
            }
            return found.get(0);
        }
    }

    private Coding() {
    }

    static Result code(String text, String published) {
        return code(null, text, published);
    }

    /** A text under a headline, which the coder reads for what the text has not named yet. */
    static Result titled(String title, String text) {
        return code(title, text, "2024-10-03");
    }

    private static Result code(String title, String text, String published) {
        LocalDate date = published == null ? null : LocalDate.parse(published);
        AnnotatedText annotated = Holder.ANNOTATOR.annotate(text, date);
        ActorSet actors = Holder.ACTORS.find(text, date);
        Document document = new Document("test-" + Integer.toHexString(text.hashCode()), "test", "text", title,
                List.of(), published, null, List.of(), "en", text);
        return new Result(text, actors, Holder.CODER.code(annotated, actors, document));
    }

    /** Codes a text with the actors the full recogniser finds (CoreNLP's names as well as the dictionary's). */
    static Result recognised(String text) {
        LocalDate date = LocalDate.parse("2024-10-03");
        AnnotatedText annotated = Holder.ANNOTATOR.annotate(text, date);
        ActorSet actors = RecogniserHolder.RECOGNIZER.recognize(annotated, date);
        Document document = new Document("test-" + Integer.toHexString(text.hashCode()), "test", "text", null,
                List.of(), "2024-10-03", null, List.of(), "en", text);
        return new Result(text, actors, Holder.CODER.code(annotated, actors, document));
    }

    static Result code(String text) {
        return code(text, "2024-10-03");
    }
}
