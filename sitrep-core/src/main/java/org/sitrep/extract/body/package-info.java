/**
 * Finding the main text of a page and dropping its furniture (navigation, share and subscription calls,
 * bios, disclaimers, related-article lists) with general signals: structure, link and text density, position.
 */
package org.sitrep.extract.body;
