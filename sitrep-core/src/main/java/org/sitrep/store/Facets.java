package org.sitrep.store;

import java.util.List;

/**
 * How the events that a filter keeps spread over types, factualities, actors and months (each list most
 * frequent first, months in order), for narrowing a query.
 */
public record Facets(List<Count> types, List<Count> factualities, List<Count> actors, List<Count> months) {

    public Facets {
        types = List.copyOf(types);
        factualities = List.copyOf(factualities);
        actors = List.copyOf(actors);
        months = List.copyOf(months);
    }
}
