package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one CoreNLP sentence into sitrep's records. CoreNLP's offsets are relative to the chunk it was given
 * and its token indices start at 1; sitrep's are relative to the whole text and start at 0.
 */
final class CoreNlpConverter {

    private final String text;
    private final int offset;

    /**
     * @param text the whole original text
     * @param offset where the chunk CoreNLP annotated starts in it
     */
    CoreNlpConverter(String text, int offset) {
        this.text = text;
        this.offset = offset;
    }

    /** The sentence, or null when CoreNLP left it without tokens. */
    Sentence sentence(CoreMap sentence, int index) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (labels == null || labels.isEmpty()) {
            return null;
        }
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            tokens.add(token(label, tokens.size()));
        }
        Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        return new Sentence(index, span, tokens, graph(sentence, tokens.size()));
    }

    private Token token(CoreLabel label, int index) {
        Span span = new Span(label.beginPosition() + offset, label.endPosition() + offset);
        String original = span.of(text);
        String lemma = label.lemma() == null ? original : label.lemma();
        String pos = label.tag() == null ? "" : label.tag();
        String ner = label.ner() == null ? Token.OUTSIDE : label.ner();
        String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return new Token(index, original, span, lemma, pos, ner, normalized);
    }

    /** The enhanced++ graph; copy nodes ("to and from") fold into the token they copy. */
    private static DependencyGraph graph(CoreMap sentence, int size) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            return DependencyGraph.unparsed(size);
        }
        Map<String, Dependency> edges = new LinkedHashMap<>();
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int governor = edge.getGovernor().index() - 1;
            int dependent = edge.getDependent().index() - 1;
            String relation = edge.getRelation().toString();
            if (governor != dependent) {
                edges.putIfAbsent(governor + " " + relation + " " + dependent,
                        new Dependency(governor, relation, dependent, edge.isExtra()));
            }
        }
        List<Integer> roots = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            if (!roots.contains(root.index() - 1)) {
                roots.add(root.index() - 1);
            }
        }
        roots.sort(null);
        return new DependencyGraph(size, List.copyOf(edges.values()), roots, true);
    }

    /** The entity mentions of a converted sentence. */
    List<Entity> entities(CoreMap sentence, Sentence converted) {
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        List<Entity> entities = new ArrayList<>();
        if (mentions == null) {
            return entities;
        }
        for (CoreMap mention : mentions) {
            List<CoreLabel> labels = mention.get(CoreAnnotations.TokensAnnotation.class);
            String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (labels == null || labels.isEmpty() || type == null || Token.OUTSIDE.equals(type)) {
                continue;
            }
            int first = labels.get(0).index() - 1;
            int end = labels.get(labels.size() - 1).index();
            Span span = new Span(converted.token(first).span().start(), converted.token(end - 1).span().end());
            String normalized = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            entities.add(new Entity(span, span.of(text), type, normalized, converted.index(), first, end));
        }
        return entities;
    }
}
