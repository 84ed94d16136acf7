/**
 * Writing records out: sitrep's JSON record (the output contract), the flat tables ({@link org.sitrep.export.TableRows})
 * that the store, Parquet and Spark share, and the event formats of the field: PLOVER JSON Lines and GDELT 2.0 TSV.
 */
package org.sitrep.export;
