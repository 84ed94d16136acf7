/**
 * Actors: dictionaries of countries, international bodies, armed groups, media and role words, loaded from plain
 * TSV files, with alias lookup, date-dependent resolution to ISO 3166 alpha-3 and sector codes, and a phrase
 * finder; and {@link org.sitrep.actors.ActorRecognizer}, which finds the actors of an annotated document.
 */
package org.sitrep.actors;
