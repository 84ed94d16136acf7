/**
 * {@code sitrep serve}: the JSON API and the web page over a corpus store, on localhost by default.
 * Every parameter is checked here before the store sees it; the store takes values, never SQL text.
 */
package org.sitrep.server;
