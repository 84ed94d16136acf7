package org.sitrep.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.DependencyGraph;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;

/**
 * Hand-tagged text for tests that need no CoreNLP: sentences of {@code word/POS/NER} items separated by spaces,
 * e.g. {@code "Pakistan/NNP/COUNTRY said/VBD/O ././O"}; runs of tokens with the same label are one entity.
 */
final class Tagged {

    private static final class Holder {
        static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorDictionary.bundled());
    }

    private Tagged() {
    }

    /** The actors the bundled recogniser finds on a day, each as "kind name [mention, ...]". */
    static List<String> actors(AnnotatedText text, LocalDate day) {
        ActorSet set = Holder.RECOGNIZER.recognize(text, day);
        return set.actors().stream().map(a -> a.kind() + " " + a.name() + " "
                + a.mentions().stream().map(Mention::text).toList()).toList();
    }

    static AnnotatedText text(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (String sentence : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int sentenceStart = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String item : sentence.split(" ")) {
                int slash = item.lastIndexOf('/', item.lastIndexOf('/') - 1);
                String word = item.substring(0, slash);
                String[] tags = item.substring(slash + 1).split("/");
                if (!tokens.isEmpty()) {
                    text.append(' ');
                }
                Span span = new Span(text.length(), text.length() + word.length());
                text.append(word);
                tokens.add(new Token(tokens.size(), word, span, word, tags[0], tags[1], null));
            }
            entities.addAll(entities(out.size(), tokens, text));
            out.add(new Sentence(out.size(), new Span(sentenceStart, text.length()), tokens,
                    DependencyGraph.unparsed(tokens.size())));
        }
        return new AnnotatedText(text.toString(), null, out, entities, List.of());
    }

    private static List<Entity> entities(int sentence, List<Token> tokens, CharSequence text) {
        List<Entity> entities = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String label = tokens.get(i).ner();
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals(label)) {
                end++;
            }
            if (!label.equals(Token.OUTSIDE)) {
                Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
                entities.add(new Entity(span, text.subSequence(span.start(), span.end()).toString(), label, null,
                        sentence, i, end));
            }
            i = end;
        }
        return entities;
    }
}
