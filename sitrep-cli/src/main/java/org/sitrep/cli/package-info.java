/**
 * The {@code sitrep} command line: one picocli command per job, each a thin shell over the core pipeline.
 */
package org.sitrep.cli;
