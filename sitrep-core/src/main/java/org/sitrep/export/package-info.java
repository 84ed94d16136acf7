/**
 * Writing records out: sitrep's JSON record (the output contract) and, later, PLOVER, GDELT and Parquet.
 */
package org.sitrep.export;
