/**
 * The store benchmark: a synthetic corpus (analysed articles made without any language model) to fill a store
 * with many documents, and {@code sitrep bench store}, which measures loading, size and query latency.
 */
package org.sitrep.bench.store;
