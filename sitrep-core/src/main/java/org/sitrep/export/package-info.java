/**
 * Writing records out: sitrep's JSON record (the output contract) and the flat tables ({@link org.sitrep.export.TableRows})
 * that the store, Parquet and Spark share.
 */
package org.sitrep.export;
