/**
 * Reading input: walking files and folders, sniffing the format from the content, decoding bytes to text.
 * Bad input (empty, binary, too large, unreadable) is refused here with a message naming the document.
 */
package org.sitrep.ingest;
