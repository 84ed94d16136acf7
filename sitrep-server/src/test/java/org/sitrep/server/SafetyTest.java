package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The server is safe by default: bound to this machine, files served by name only, user text kept as text. */
class SafetyTest extends ServedCorpusTest {

    @Test
    void serveListensOnLocalhostUnlessToldOtherwise() {
        CommandLine serve = new CommandLine(new ServeCommand());
        assertEquals("127.0.0.1", serve.getCommandSpec().findOption("--host").defaultValue());
        assertTrue(SitrepServer.isLoopback("127.0.0.1"));
    }

    @Test
    void serverOnLocalhostCannotBeReachedFromAnotherAddress() throws IOException {
        Optional<InetAddress> outside = nonLoopbackAddress();
        Assumptions.assumeTrue(outside.isPresent(), "this machine has no address but loopback; nothing to try");
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(outside.get(), served.server.port()), 2_000));
        }
    }

    @Test
    void requestNamingAnotherHostIsRefused() {
        String answer = served.raw("GET /api/stats HTTP/1.1\r\nHost: attacker.example:8080\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertTrue(answer.contains("{\"error\":\"this server answers only requests addressed to localhost\"}"), answer);
    }

    @Test
    void requestNamingLocalhostIsAnswered() {
        String answer = served.raw("GET /api/stats HTTP/1.1\r\nHost: localhost:8080\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../pom.xml", "/static/..%2f..%2fpom.xml", "/static/%2e%2e/%2e%2e/etc/passwd",
        "/vendor/../../../../etc/passwd", "/static/app.js%00.txt", "/static//etc/passwd", "/static/%252e%252e/pom.xml",
        "/org/sitrep/server/Api.class", "/META-INF/resources/webjars/d3/7.9.0/package.json", "/static/",
        "/static/app.js/..%5c..%5cpom.xml"})
    void noPathReachesAFileOutsideThePage(String path) {
        String answer = served.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String status = answer.substring(0, answer.indexOf("\r\n"));
        assertTrue(status.contains(" 404") || status.contains(" 400"), path + " -> " + status);
        assertFalse(answer.contains("root:") || answer.contains("<project") || answer.contains("\"version\""),
                path + " leaked: " + answer);
    }

    @Test
    void nothingButGetIsAnswered() {
        String answer = served.raw("DELETE /api/events HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n");
        String status = answer.substring(0, answer.indexOf("\r\n"));
        assertTrue(status.contains(" 404") || status.contains(" 405"), status);
        assertTrue(answer.contains("{\"error\":"), answer);
    }

    @Test
    void pageFilesAreServedWithTheirTypes() {
        assertEquals("text/javascript; charset=utf-8", served.get("/static/app.js").contentType());
        assertEquals("text/javascript; charset=utf-8", served.get("/vendor/cytoscape.min.js").contentType());
        assertTrue(served.get("/vendor/d3.min.js").body().length() > 100_000);
        assertTrue(served.get("/").body().contains("<main id=\"view\""));
    }

    @Test
    void everyAnswerForbidsScriptsFromElsewhere() {
        Served.Answer page = served.get("/");
        String policy = page.raw().headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-eval") || policy.contains("script-src 'self' 'unsafe-inline'"), policy);
        assertEquals("nosniff", page.raw().headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void articleMarkupComesBackAsTextInJson() {
        Served.Answer search = served.get("/api/search?q=ferry");
        assertEquals(Corpus.HOSTILE_TITLE, search.json().get("results").get(0).get("title").asText());
        assertTrue(search.contentType().startsWith("application/json"));
    }

    @Test
    void pageScriptsNeverParseDataAsHtml() throws IOException {
        for (String name : List.of("app.js", "views.js", "article.js", "actor.js", "charts.js")) {
            byte[] bytes = SafetyTest.class.getResourceAsStream("/org/sitrep/server/web/" + name).readAllBytes();
            String js = new String(bytes, StandardCharsets.UTF_8);
            for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                    "new Function")) {
                assertFalse(js.contains(sink), name + " uses " + sink);
            }
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
