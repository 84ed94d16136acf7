package org.sitrep.actors;

import java.util.List;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Token;

/**
 * CoreNLP sometimes tags a person with the party after him as one organisation: "Tanya Chan of the Civic
 * Party". When the words before "of" are two or three proper nouns with no body's head word and the words
 * after it end in one ("Party", "Union", "Council"), they are a person and the body.
 */
final class PersonOfBody {

    private PersonOfBody() {
    }

    /** The person and the body, or the entity alone when it is not one of these. */
    static List<Entity> split(Entity entity, List<Token> tokens) {
        if (!entity.type().equals("ORGANIZATION")) {
            return List.of(entity);
        }
        int of = -1;
        for (int i = entity.firstToken(); i < entity.endToken(); i++) {
            if (tokens.get(i).text().equals("of")) {
                of = i;
                break;
            }
        }
        int person = of - entity.firstToken();
        if (person < 2 || person > 3 || of + 1 >= entity.endToken()) {
            return List.of(entity);
        }
        List<String> before = words(tokens, entity.firstToken(), of);
        List<String> after = words(tokens, of + 1, entity.endToken());
        boolean names = tokens.subList(entity.firstToken(), of).stream().allMatch(t -> t.pos().startsWith("NNP"));
        if (!names || HeadWords.body(before) || HeadWords.facility(before) || !HeadWords.body(after)) {
            return List.of(entity);
        }
        Entity name = EntitySpans.span(entity, tokens, entity.firstToken(), of);
        Entity body = EntitySpans.span(entity, tokens, of + 1, entity.endToken());
        return List.of(new Entity(name.span(), name.text(), "PERSON", null, name.sentence(), name.firstToken(),
                name.endToken()), body);
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().map(Token::text).toList();
    }
}
