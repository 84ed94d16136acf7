package org.sitrep.server;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One GET route of the JSON API: its path (Javalin syntax, {@code {id}} for a path segment), the query
 * parameters it takes, and what answers it. Every route is listed in {@code /openapi.json}.
 *
 * @param params the query parameters the route accepts; any other is refused with a 400
 */
public record ApiRoute(String path, Set<String> params, Answer answer) {

    /** Answers one checked request with a value written as JSON, or a {@link Download}. */
    @FunctionalInterface
    public interface Answer {
        /**
         * @param query the query parameters, read against the route's list
         * @param path the path segments by name
         */
        Object answer(Params query, Map<String, String> path);
    }

    public ApiRoute {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/api/")) {
            throw new IllegalArgumentException("API routes live under /api/: " + path);
        }
        params = Set.copyOf(params);
        Objects.requireNonNull(answer, "answer");
    }
}
