/**
 * Scoring extracted article bodies against gold bodies with the article-extraction benchmark's metric:
 * word tokens, 4-token shingle multisets, macro precision and recall, F1 and exact-match accuracy.
 */
package org.sitrep.bench.score;
