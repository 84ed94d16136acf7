/**
 * {@code sitrep eval events}: scores the event coder on the PLOVER gold-standard sentences (event type,
 * source and target countries, (source, type, target) triples, confusion matrix).
 */
package org.sitrep.bench.events;
