/**
 * {@code sitrep eval entities}: named-entity head-match scores and country linking of sitrep's actor
 * recognizer on the hand-annotated Wikinews articles of the GUM corpus.
 */
package org.sitrep.bench.entities;
