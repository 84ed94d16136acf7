/**
 * The article-extraction benchmark as data (pages, gold bodies, inputs) and the extractors run on it:
 * sitrep and, for comparison on the same decoded HTML, Readability4J and boilerpipe.
 */
package org.sitrep.bench.article;
