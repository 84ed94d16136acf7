package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The HTTP server of {@code sitrep serve}: the web page's files, {@code /openapi.json} and the JSON API routes,
 * on Javalin. Errors come back as {@code {"error": "..."}} with 400 (a bad parameter), 404 (no such record or
 * route) or 500 (a fault of ours, logged without details for the client).
 *
 * <p>When bound to a loopback address it answers only requests addressed to a loopback name, so that a web
 * page elsewhere cannot reach it through a DNS name rebound to 127.0.0.1. Every answer carries a content
 * security policy that allows scripts from this server only.
 *
 * <p>Thread-safe; {@link #close()} stops it.
 */
public final class SitrepServer implements AutoCloseable {

    private static final String JSON = "application/json; charset=utf-8";
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Javalin app;
    private final String host;

    private SitrepServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts a server.
     *
     * @param host the address to bind, such as {@code 127.0.0.1}
     * @param port the port, or 0 for any free one
     * @param routes the API routes
     */
    public static SitrepServer start(String host, int port, List<ApiRoute> routes) {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        StaticResources files = StaticResources.load();
        ObjectMapper mapper = mapper();
        boolean loopback = isLoopback(host);
        Javalin app = Javalin.create(config -> configure(config, files, mapper, List.copyOf(routes), loopback));
        app.start(host, port);
        return new SitrepServer(app, host);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The address of the page, for the user to open. */
    public URI uri() {
        String name = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + name + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void configure(JavalinConfig config, StaticResources files, ObjectMapper mapper,
                                  List<ApiRoute> routes, boolean loopback) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = 16 * 1024;
        config.routes.before(ctx -> {
            ctx.header("Content-Security-Policy", POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            if (loopback && !LOOPBACK_NAMES.contains(hostName(ctx.header("Host")))) {
                throw new Forbidden("this server answers only requests addressed to localhost");
            }
        });
        for (String path : files.paths()) {
            StaticResources.Resource file = files.get(path).orElseThrow();
            config.routes.get(path, ctx -> ctx.contentType(file.contentType()).result(file.bytes()));
        }
        for (ApiRoute route : routes) {
            config.routes.get(route.path(), ctx -> answer(ctx, route, mapper));
        }
        config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, mapper, 400, e.getMessage()));
        config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, mapper, 404, e.getMessage()));
        config.routes.exception(Forbidden.class, (e, ctx) -> error(ctx, mapper, 403, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, mapper, 500, "the server failed on this request; its log says why");
        });
        config.routes.error(404, ctx -> {
            if (ctx.attribute("sitrep.error") == null) {
                error(ctx, mapper, 404, "no such page or route: " + clip(ctx.path()));
            }
        });
        config.routes.error(405, ctx -> error(ctx, mapper, 405, "only GET is served here"));
    }

    private static void answer(Context ctx, ApiRoute route, ObjectMapper mapper) throws Exception {
        Params params = new Params(ctx.queryParamMap(), route.params());
        Object answer = route.answer().answer(params, ctx.pathParamMap());
        if (answer instanceof Download download) {
            ctx.contentType(download.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
            download.body().writeTo(ctx.outputStream());
        } else {
            ctx.contentType(JSON).result(mapper.writeValueAsBytes(answer));
        }
    }

    private static void error(Context ctx, ObjectMapper mapper, int status, String message) {
        ctx.attribute("sitrep.error", Boolean.TRUE);
        try {
            ctx.status(status).contentType(JSON).result(mapper.writeValueAsBytes(Map.of("error", message)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of one string always serialises", e);
        }
    }

    /** The JSON writer: dates as ISO text. */
    static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("dates").addSerializer(LocalDate.class, ToStringSerializer.instance);
        return new ObjectMapper().registerModule(dates);
    }

    /** The name in a Host header, without its port; brackets kept for IPv6. */
    static String hostName(String header) {
        if (header == null) {
            return "";
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the host to bind: " + host, e);
        }
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    /** A request this server refuses to answer (403). */
    static final class Forbidden extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Forbidden(String message) {
            super(message, null, false, false);
        }
    }
}
