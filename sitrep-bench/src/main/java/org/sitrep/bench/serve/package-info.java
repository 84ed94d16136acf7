/**
 * {@code sitrep bench serve}: latency of the web page's JSON API on a large store, beside the bare store calls,
 * and how long the page's views take to load in headless Chromium.
 */
package org.sitrep.bench.serve;
