package org.sitrep.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser, giving a sentence only the enhanced++ graph sitrep reads. CoreNLP's
 * {@code DependencyParseAnnotator} converts every parse into five graphs (basic, collapsed, CC-processed,
 * enhanced, enhanced++); the four unread ones cost about three times the one read. Thread-safe, as the
 * parser is.
 */
final class UdParser {

    private final DependencyParser parser;

    /** Loads the model named by the {@code model} property; the other properties go to the parser. */
    UdParser(Properties properties) {
        this.parser = DependencyParser.loadFromModelFile(properties.getProperty("model"), properties);
    }

    /** Parses one tagged sentence in place: sets its enhanced++ graph. */
    void parse(CoreMap sentence) {
        GrammaticalStructure structure = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                        GrammaticalStructure.Extras.NONE, null));
    }
}
