/**
 * Article metadata: title, authors, publication date, publisher, tags and language, read from whatever
 * the page offers (JSON-LD, OpenGraph and meta tags, time elements, bylines, datelines, labelled header lines).
 */
package org.sitrep.extract.meta;
