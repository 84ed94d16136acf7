/**
 * Speed and memory benchmarks: pages per second on one thread with extractors interleaved round by round,
 * heap use, and how sitrep copes with one very large page.
 */
package org.sitrep.bench.speed;
