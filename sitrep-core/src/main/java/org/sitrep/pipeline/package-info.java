/**
 * The pipeline's shared vocabulary: the stage interface, the problems a stage reports, and the local runner
 * that streams documents through a stage and goes on when one fails. Every other package is one stage of the
 * flow ingest, extract, nlp, actors, events, store, export.
 */
package org.sitrep.pipeline;
