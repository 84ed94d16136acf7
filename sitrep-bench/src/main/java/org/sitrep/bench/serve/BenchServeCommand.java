package org.sitrep.bench.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.bench.store.Latencies;
import org.sitrep.bench.store.StoreLoad;
import org.sitrep.bench.store.SyntheticCorpus;
import org.sitrep.server.Api;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench serve}: the web page's API latency (median, p95) for search, events and network on a
 * large store, beside the bare store calls in the same run, and the load time of each view in headless
 * Chromium. Builds the synthetic store first when {@code --store} does not exist yet.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Measure sitrep serve: API latency (median, p95) beside the bare store calls, and page load "
                + "times in headless Chromium, on a (synthetic) store.")
public final class BenchServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store to serve; built from the synthetic corpus when it does not exist.")
    Path store;

    @Option(names = "--documents", defaultValue = "100000", paramLabel = "N",
            description = "Synthetic documents when the store is built (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--rounds", defaultValue = "20", paramLabel = "N",
            description = "Measured runs of each API request (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--page-rounds", defaultValue = "5", paramLabel = "N",
            description = "Measured loads of each view; 0 skips the browser (default: ${DEFAULT-VALUE}).")
    int pageRounds;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1 || pageRounds < 0 || documents < 1) {
            throw new ParameterException(spec.commandLine(),
                    "need --rounds >= 1, --page-rounds >= 0, --documents >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "JVM %s, max heap %.0f MB, %d processor(s) available%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1048576.0,
                Runtime.getRuntime().availableProcessors());
        if (!Files.exists(store)) {
            out.printf(Locale.ROOT, "Building %,d synthetic documents into %s...%n", documents, store);
            out.flush();
            StoreLoad.Result load = new StoreLoad(new SyntheticCorpus(42), 500).load(store, documents, n -> { });
            out.printf(Locale.ROOT, "  %,d documents, %,d events in %.0f s%n", load.documents(), load.events(),
                    load.storeSeconds() + load.makeSeconds());
        }
        try (Store opened = Store.openReadOnly(store);
             SitrepServer server = SitrepServer.start("127.0.0.1", 0, new Api(opened).routes())) {
            String base = "http://127.0.0.1:" + server.port();
            out.printf(Locale.ROOT, "Store %s: %,d documents, %,d events; server %s%n", store,
                    opened.stats().documents(), opened.stats().events(), base);
            api(out, opened, base);
            if (pageRounds > 0) {
                pages(out, opened, base);
            }
        }
        out.flush();
        return 0;
    }

    private void api(PrintWriter out, Store opened, String base) {
        out.printf(Locale.ROOT, "%nAPI latency: %d requests, %d measured runs each after one warm-up; each run asks "
                + "the route over HTTP, then the bare store call it rests on%n", ApiLatency.requests(opened).size(),
                rounds);
        out.flush();
        ApiLatency.Result r = new ApiLatency(base, rounds).run(opened);
        String format = "  %-9s %6s %12s %10s %14s %12s %10s%n";
        out.printf(Locale.ROOT, format, "route", "runs", "API median", "API p95", "store median", "store p95",
                "API/store");
        for (int i = 0; i < r.api().size(); i++) {
            Latencies a = r.api().get(i);
            Latencies s = r.store().get(i);
            out.printf(Locale.ROOT, format, a.name(), a.millis().size(), ms(a.median()), ms(a.p95()), ms(s.median()),
                    ms(s.p95()), String.format(Locale.ROOT, "%.2fx", a.median() / s.median()));
        }
        out.println("  (ms; the events route also counts the events for paging, a second store call; names of "
                + "actors come from the server's kept actor listing)");
    }

    private void pages(PrintWriter out, Store opened, String base) throws IOException {
        if (!PageLoad.available()) {
            out.println("\nPage load: skipped (no /usr/bin/chromium and /usr/bin/chromedriver)");
            return;
        }
        String doc = opened.search(SearchQuery.of("ceasefire", 1)).hits().get(0).docId();
        Map<String, String> views = new LinkedHashMap<>();
        views.put("search", "#/search?q=ceasefire");
        views.put("article", "#/doc/" + doc);
        views.put("events", "#/events?actor=PAK");
        views.put("actor", "#/actor/PAK");
        out.printf(Locale.ROOT, "%nPage load in headless Chromium: address asked to view drawn (data, charts), "
                + "%d measured loads of each view after one warm-up%n", pageRounds);
        out.flush();
        List<Latencies> loads = new PageLoad(base, pageRounds).run(views);
        String format = "  %-8s %-40s %6s %10s %10s%n";
        out.printf(Locale.ROOT, format, "view", "address", "loads", "median ms", "p95 ms");
        for (Latencies l : loads) {
            out.printf(Locale.ROOT, format, l.name(), clip(views.get(l.name())), l.millis().size(), ms(l.median()),
                    ms(l.p95()));
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }
}
