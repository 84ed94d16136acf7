package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sitrep.store.Store;

/** A real server on a free localhost port over a real store, and a client that talks to it. */
final class Served implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Store store;
    final SitrepServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private Served(Store store, SitrepServer server) {
        this.store = store;
        this.server = server;
    }

    static Served over(Path storeDir) {
        Store store = Store.openReadOnly(storeDir);
        return new Served(store, SitrepServer.start("127.0.0.1", 0, new Api(store).routes()));
    }

    /** One GET answer: status, media type and body. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    /** GETs a path with its query, written as the browser would send it (already encoded). */
    Answer get(String pathAndQuery) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a raw request line and headers over a socket, bypassing the client's own path and header
     * cleaning: what an attacker's tool would send. Returns the whole response as text.
     */
    String raw(String requestHead) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
