package org.sitrep.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of the web page, read from the jar once at start-up and served by exact name. Nothing is looked up
 * by a path the request builds, so no request can reach another file: a name that is not in the table is a 404.
 * The front-end libraries come from their WebJars on the class path, so the page needs no network.
 *
 * <p>Immutable and thread-safe.
 */
public final class StaticResources {

    /** One file: its bytes and media type. */
    public record Resource(byte[] bytes, String contentType) {
        public Resource {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    private static final String WEB = "org/sitrep/server/web/";
    private static final String WEBJARS = "META-INF/resources/webjars/";
    private static final String JS = "text/javascript; charset=utf-8";

    private final Map<String, Resource> byPath;

    private StaticResources(Map<String, Resource> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** Loads every file of the page; fails at once if one is missing from the class path. */
    public static StaticResources load() {
        Map<String, Resource> files = new LinkedHashMap<>();
        files.put("/", read(WEB + "index.html", "text/html; charset=utf-8"));
        files.put("/static/app.js", read(WEB + "app.js", JS));
        files.put("/static/views.js", read(WEB + "views.js", JS));
        files.put("/static/charts.js", read(WEB + "charts.js", JS));
        files.put("/static/article.js", read(WEB + "article.js", JS));
        files.put("/static/actor.js", read(WEB + "actor.js", JS));
        files.put("/static/app.css", read(WEB + "app.css", "text/css; charset=utf-8"));
        files.put("/static/favicon.svg", read(WEB + "favicon.svg", "image/svg+xml"));
        files.put("/vendor/cytoscape.min.js", read(WEBJARS + "cytoscape/3.33.1/dist/cytoscape.min.js", JS));
        files.put("/vendor/d3.min.js", read(WEBJARS + "d3/7.9.0/dist/d3.min.js", JS));
        files.put("/openapi.json", read("org/sitrep/server/openapi.json", "application/json"));
        return new StaticResources(files);
    }

    /** The file served at {@code path}, if there is one. */
    public Optional<Resource> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Every path served, for the routes. */
    public Iterable<String> paths() {
        return byPath.keySet();
    }

    private static Resource read(String name, String contentType) {
        ClassLoader loader = StaticResources.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the page's file " + name + " is missing from the class path");
            }
            return new Resource(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the class path", e);
        }
    }
}
