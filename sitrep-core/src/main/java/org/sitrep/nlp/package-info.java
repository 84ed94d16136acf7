/**
 * The language layer: sentences, tokens with lemma, part of speech and named-entity label, entity mentions and
 * an enhanced++ dependency graph per sentence, in sitrep's own immutable records. CoreNLP stays inside this
 * package ({@link org.sitrep.nlp.CoreNlpAnnotator}); nothing above it sees a CoreNLP type.
 */
package org.sitrep.nlp;
