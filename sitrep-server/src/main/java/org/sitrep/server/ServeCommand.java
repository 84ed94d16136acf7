package org.sitrep.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sitrep.store.Store;
import org.sitrep.store.StoreDirectory;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep serve}: the web page and JSON API over a store, on localhost unless told otherwise. With
 * {@code --demo} it first ingests the bundled sample articles into a temporary store, removed on exit.
 * Runs until stopped (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web page and JSON API (documented at /openapi.json) over a store.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "1:the store cannot be read or the port cannot be bound",
                "2:the command line is wrong"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = StoreDirectory.DEFAULT,
            description = "The store to serve. Default: ${DEFAULT-VALUE}.")
    Path store;

    @Option(names = "--port", defaultValue = "8080", description = "Port (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); any other lets "
                    + "others on the network read the store.")
    String host;

    @Option(names = "--demo", description = "Ingest the bundled sample articles into a temporary store and serve it.")
    boolean demo;

    /** Released when the server, the store and a demo's folder are closed and removed. */
    private final CountDownLatch cleaned = new CountDownLatch(1);

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        Path temp = demo ? Files.createTempDirectory("sitrep-demo-") : null;
        try {
            Path dir = demo ? DemoStore.build(temp, err) : store;
            return serve(dir, out, err);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            try {
                if (temp != null) {
                    deleteTree(temp);
                }
            } finally {
                cleaned.countDown();
            }
        }
    }

    private int serve(Path dir, PrintWriter out, PrintWriter err) throws InterruptedException {
        try (Store opened = Store.openReadOnly(dir)) {
            SitrepServer server;
            try {
                server = SitrepServer.start(host, port, new Api(opened).routes());
            } catch (RuntimeException e) {
                err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
                return 1;
            }
            try (server) {
                if (!SitrepServer.isLoopback(host)) {
                    err.println("warning: listening on " + host + ": anyone who can reach this address can read "
                            + "the store");
                }
                out.println("sitrep serve: " + server.uri() + " (store " + dir + "); Ctrl-C stops");
                out.flush();
                awaitShutdown();
            }
        }
        return 0;
    }

    /** Waits for Ctrl-C (or any JVM shutdown); the hook holds the JVM until {@link #call()} has cleaned up. */
    private void awaitShutdown() throws InterruptedException {
        CountDownLatch stopping = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            try {
                cleaned.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-serve-stop"));
        stopping.await();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
