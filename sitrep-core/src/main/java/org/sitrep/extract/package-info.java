/**
 * Turning a raw page into a clean article: the main text without page furniture, and its metadata.
 * {@link org.sitrep.extract.ArticleExtractor} is the stage; sub-packages hold the body and metadata readers.
 */
package org.sitrep.extract;
