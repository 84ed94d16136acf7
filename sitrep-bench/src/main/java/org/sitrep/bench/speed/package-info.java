/**
 * Speed and memory benchmarks: pages per second of the extract stage and articles per second of the whole
 * analyze path (with its time per stage, beside a plain CoreNLP pipeline), on one thread with the contenders
 * interleaved round by round; heap use; and how sitrep copes with one very large page.
 */
package org.sitrep.bench.speed;
