/**
 * The {@code sitrep eval} and {@code sitrep bench} commands: sitrep's command line plus scorers over gold
 * data and speed benchmarks, run beside the peer libraries they compare against.
 */
package org.sitrep.bench;
