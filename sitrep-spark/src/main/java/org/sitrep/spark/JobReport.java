package org.sitrep.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one run of the job wrote: the number of rows of each table, in the order of {@link SparkTables#ALL}.
 *
 * @param rows rows per table name; tables with no rows count 0
 */
public record JobReport(Map<String, Long> rows) {

    public JobReport {
        Map<String, Long> all = new LinkedHashMap<>();
        for (var table : SparkTables.ALL) {
            all.put(table.name(), rows.getOrDefault(table.name(), 0L));
        }
        rows = Collections.unmodifiableMap(all);
    }

    /** Rows of one table. */
    public long count(String table) {
        Long count = rows.get(table);
        if (count == null) {
            throw new IllegalArgumentException("no table named '" + table + "'");
        }
        return count;
    }

    /** One line for people: {@code 181 documents, 2 errors; 903 actors, ...}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d documents, %d errors; ", count("documents"), count("errors"))
                + rows.entrySet().stream().filter(e -> !e.getKey().equals("documents") && !e.getKey().equals("errors"))
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
