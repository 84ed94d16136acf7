/**
 * Who did or said what to whom: PLOVER events with their CAMEO codes, actors and recipients, factuality,
 * attribution, date, place and the exact sentence; and quotes with their speakers.
 *
 * <p>{@link org.sitrep.events.EventCoder} codes an annotated text: triggers from the lexicon
 * ({@code org.sitrep.events.lexicon}), arguments through the dependency graph (package-private
 * {@code ArgumentFinder}), factuality and attribution from the cues that govern the trigger
 * ({@code FactualityReader}), PLOVER's composition rules ({@code Composition}) and quotes
 * ({@code QuoteFinder}). {@link org.sitrep.events.DictionaryActors} is a dictionary-only actor finder for
 * checks that must not depend on the recogniser.
 */
package org.sitrep.events;
