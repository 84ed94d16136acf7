/**
 * The corpus store: DuckDB tables and a Lucene index in one directory, written in crash-safe batches by one
 * process ({@link org.sitrep.store.StoreWriter}) and read by any number ({@link org.sitrep.store.Store}).
 */
package org.sitrep.store;
