package org.sitrep.store;

/**
 * A search query that the Lucene query syntax cannot read. The message quotes the query and says where it
 * went wrong, in one line meant for the user.
 */
public final class QuerySyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message) {
        super(message);
    }
}
