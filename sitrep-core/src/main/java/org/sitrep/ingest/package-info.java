/**
 * Reading input: walking files and folders, web archives (WARC) and feeds (RSS, Atom), decoding bytes to
 * text (byte-order mark, declared charset, sniffing), detecting the format from the content, noticing cut-off
 * pages. Bad input (empty, binary, too large, unreadable, a corrupt record) is refused here with a message
 * naming the document.
 */
package org.sitrep.ingest;
