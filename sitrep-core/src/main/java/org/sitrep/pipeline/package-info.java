/**
 * The pipeline's shared vocabulary: the stage interface and the problems a stage reports.
 * Every other package is one stage of the flow ingest, extract, nlp, actors, events, store, export.
 */
package org.sitrep.pipeline;
