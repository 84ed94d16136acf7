package org.sitrep.export;

import java.util.Objects;

/**
 * One column of a sitrep table: a snake_case name and its type. Every column may hold null.
 */
public record Column(String name, ColumnType type) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column names are snake_case: '" + name + "'");
        }
    }

    static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    static Column integer(String name) {
        return new Column(name, ColumnType.INT);
    }

    static Column real(String name) {
        return new Column(name, ColumnType.DOUBLE);
    }

    static Column date(String name) {
        return new Column(name, ColumnType.DATE);
    }

    static Column list(String name) {
        return new Column(name, ColumnType.TEXT_LIST);
    }
}
