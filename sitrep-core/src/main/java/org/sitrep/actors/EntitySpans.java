package org.sitrep.actors;

import java.util.List;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Token;

/** Reshapes CoreNLP's entities before they become names: role words joined, "the" and possessives cut. */
final class EntitySpans {

    private EntitySpans() {
    }

    /**
     * An organisation name with the capitalised role words next to it: CoreNLP's "Democratic" and the
     * gazetteer's "Party" are one name, "Democratic Party", as are "University" and "of Texas".
     */
    static Entity withTitles(Entity entity, List<Token> tokens) {
        if (!entity.type().equals("ORGANIZATION")) {
            return entity;
        }
        int first = entity.firstToken();
        int end = entity.endToken();
        while (first > 0 && title(tokens.get(first - 1))) {
            first--;
        }
        while (end < tokens.size() && title(tokens.get(end))) {
            end++;
        }
        if (first == entity.firstToken() && end == entity.endToken()) {
            return entity;
        }
        return span(entity, tokens, first, end);
    }

    private static boolean title(Token token) {
        return token.ner().equals("TITLE") && token.pos().startsWith("NNP");
    }

    static Entity span(Entity entity, List<Token> tokens, int first, int end) {
        org.sitrep.nlp.Span span = new org.sitrep.nlp.Span(tokens.get(first).span().start(),
                tokens.get(end - 1).span().end());
        String text = tokens.get(first).text();
        StringBuilder joined = new StringBuilder(text);
        for (int i = first + 1; i < end; i++) {
            int gap = tokens.get(i).span().start() - tokens.get(i - 1).span().end();
            joined.append(" ".repeat(gap)).append(tokens.get(i).text());
        }
        return new Entity(span, joined.toString(), entity.type(), entity.normalized(), entity.sentence(), first, end);
    }

    /** The entity without a leading "the" or a trailing possessive. */
    static Entity trimmed(Entity entity, List<Token> tokens) {
        int first = entity.firstToken();
        int end = entity.endToken();
        if (end - first > 1 && tokens.get(first).text().equalsIgnoreCase("the")) {
            first++;
        }
        if (end - first > 1 && tokens.get(end - 1).pos().equals("POS")) {
            end--;
        }
        if (first == entity.firstToken() && end == entity.endToken()) {
            return entity;
        }
        return span(entity, tokens, first, end);
    }
}
