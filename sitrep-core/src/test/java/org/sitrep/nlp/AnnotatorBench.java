package org.sitrep.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.RawDocument;

/**
 * Measures the annotator configurations side by side in one JVM: load time, heap held after loading, warm
 * tokens per second (median of several passes over the seed article and 20 benchmark article bodies), and
 * which entity labels each finds. Not a test: run it by hand, as {@code docs/nlp.md} shows.
 *
 * <p>Arguments: the number of timed passes (default 3), then the names of the configurations to run
 * (default all). With {@code interleave} first, the named configurations are loaded together and their passes
 * alternate, so that the load other processes put on a shared machine falls on all of them alike.
 */
public final class AnnotatorBench {

    private static final LocalDate SEED_DATE = LocalDate.of(2024, 10, 3);

    private AnnotatorBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("interleave")) {
            interleave(Integer.parseInt(args[1]), Arrays.asList(args).subList(2, args.length));
            return;
        }
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Map<String, NlpConfig> configs = configs();
        List<String> names = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.copyOf(configs.keySet());
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        List<String> texts = corpus(shared);
        System.out.printf(Locale.ROOT, "corpus: %d texts, %d chars; %d passes; %d cores%n", texts.size(),
                texts.stream().mapToInt(String::length).sum(), passes, Runtime.getRuntime().availableProcessors());
        System.out.println("| config | load s | heap after load MB | tokens | s per pass (median, min) | tokens/s"
                + " (median, best) | load average | seed: ISIS-K, TTP, Foreign Ministers | labels |");
        for (String name : names) {
            run(name, configs.get(name), texts, passes);
        }
    }

    static Map<String, NlpConfig> configs() {
        Map<String, NlpConfig> configs = new LinkedHashMap<>();
        NlpConfig.NerModels all = NlpConfig.NerModels.ALL;
        NlpConfig.NerModels three = NlpConfig.NerModels.THREE_CLASS;
        configs.put("a-default-fine", new NlpConfig(all, true, true, false, List.of(), false));
        configs.put("b1-all-nofine", new NlpConfig(all, false, true, false, List.of(), false));
        configs.put("b2-all-nofine-nosutime", new NlpConfig(all, false, false, false, List.of(), false));
        configs.put("b3-3class", new NlpConfig(three, false, true, false, List.of(), false));
        configs.put("b4-3class-nosutime", new NlpConfig(three, false, false, false, List.of(), false));
        configs.put("b5-3class-gazetteer", new NlpConfig(three, false, true, true, List.of(), false));
        configs.put("c1-3class-gazetteer-depparse", new NlpConfig(three, false, true, true, List.of(), true));
        configs.put("c2-default-fine-depparse", new NlpConfig(all, true, true, false, List.of(), true));
        return configs;
    }

    private static void run(String name, NlpConfig config, List<String> texts, int passes) {
        long before = usedHeap();
        long start = System.nanoTime();
        CoreNlpAnnotator annotator = CoreNlpAnnotator.of(config);
        double load = (System.nanoTime() - start) / 1e9;
        long heap = (usedHeap() - before) >> 20;
        List<AnnotatedText> results = pass(annotator, texts); // a warm pass, not timed
        double[] seconds = new double[passes];
        for (int i = 0; i < passes; i++) {
            long t = System.nanoTime();
            pass(annotator, texts);
            seconds[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[passes / 2];
        int tokens = results.stream().mapToInt(AnnotatedText::tokenCount).sum();
        System.out.printf(Locale.ROOT, "| %s | %.1f | %d | %d | %.2f, %.2f | %.0f, %.0f | %s | %s | %s |%n", name, load,
                heap, tokens, median, seconds[0], tokens / median, tokens / seconds[0], loadAverage(),
                seedFinds(results.get(0)), labels(results));
        CoreNlpModels.unload(config);
    }

    private static void interleave(int passes, List<String> names) throws IOException {
        List<String> texts = corpus(Path.of(System.getProperty("sitrep.shared", "../shared")));
        Map<String, NlpConfig> configs = configs();
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        names.forEach(name -> annotators.put(name, CoreNlpAnnotator.of(configs.get(name))));
        Map<String, double[]> seconds = new LinkedHashMap<>();
        int tokens = pass(annotators.get(names.get(0)), texts).stream().mapToInt(AnnotatedText::tokenCount).sum();
        names.forEach(name -> pass(annotators.get(name), texts)); // warm every one
        for (int i = 0; i < passes; i++) {
            for (String name : names) {
                long t = System.nanoTime();
                pass(annotators.get(name), texts);
                seconds.computeIfAbsent(name, n -> new double[passes])[i] = (System.nanoTime() - t) / 1e9;
            }
        }
        System.out.println("| config | s per pass (median, min) | tokens/s (median, best) | load average at end |");
        for (String name : names) {
            double[] s = seconds.get(name);
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "| %s | %.2f, %.2f | %.0f, %.0f | %s |%n", name, s[passes / 2], s[0],
                    tokens / s[passes / 2], tokens / s[0], loadAverage());
        }
    }

    private static List<AnnotatedText> pass(Annotator annotator, List<String> texts) {
        List<AnnotatedText> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(annotator.annotate(text, SEED_DATE));
        }
        return out;
    }

    private static String seedFinds(AnnotatedText seed) {
        List<String> found = new ArrayList<>();
        for (String wanted : List.of("ISIS-K", "TTP", "Foreign Ministers")) {
            String type = seed.entities().stream().filter(e -> e.text().equals(wanted)).map(Entity::type)
                    .findFirst().orElse("-");
            found.add(type);
        }
        return String.join(", ", found);
    }

    private static String labels(List<AnnotatedText> results) {
        Map<String, Integer> counts = new TreeMap<>();
        results.forEach(r -> r.entities().forEach(e -> counts.merge(e.type(), 1, Integer::sum)));
        return counts.toString();
    }

    /** The machine's one-minute load average: the machine is shared, so figures come with it. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The corpus from the shared folder named by {@code sitrep.shared}, for experiments outside this class. */
    public static List<String> corpusForScratch() throws IOException {
        return corpus(Path.of(System.getProperty("sitrep.shared", "../shared")));
    }

    /** The seed article's clean body, then the first 20 gold bodies of the article-extraction benchmark. */
    static List<String> corpus(Path shared) throws IOException {
        Path seed = shared.resolve("corpus/seed/000_c7798d5db14a961f.txt");
        List<String> texts = new ArrayList<>();
        texts.add(new ArticleExtractor().apply(new RawDocument(seed.toString(), Files.readAllBytes(seed)))
                .document().text());
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(shared.resolve("eval/article-extraction/ground-truth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().limit(20).toList()) {
                texts.add(json.readTree(file.toFile()).get("articleBody").asText());
            }
        }
        return texts;
    }
}
