/**
 * Who did or said what to whom: PLOVER events with their CAMEO codes, actors and recipients, factuality,
 * attribution, date, place and the exact sentence; and quotes with their speakers.
 */
package org.sitrep.events;
