package org.sitrep.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Annotates one generated 10,000-sentence document with the default models and prints the time, the peak
 * heap and the problems: the check behind "a 10,000-sentence document in bounded memory" in
 * {@code docs/nlp.md}. Not a test (it takes a minute or more); run it by hand.
 */
public final class LongDocumentCheck {

    private LongDocumentCheck() {
    }

    public static void main(String[] args) {
        int sentences = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append("Delegation ").append(i).append(" from Kenya met officials in Lima on Monday.");
            text.append(i % 5 == 4 ? "\n\n" : " ");
        }
        text.append("| 1 | 2 | 3 |\n".repeat(300)); // and a table at the end, one run-on "sentence"
        CoreNlpAnnotator nlp = CoreNlpAnnotator.of(NlpConfig.defaults());
        resetPeaks();
        long start = System.nanoTime();
        AnnotatedText doc = nlp.annotate(text.toString(), LocalDate.of(2024, 10, 3));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d chars, %d sentences, %d tokens, %d entities in %.1f s (%.0f tokens/s);"
                        + " heap pools peaked at %d MB at most (sum of pool peaks; -Xmx %d MB)%n", text.length(),
                doc.sentences().size(), doc.tokenCount(), doc.entities().size(), seconds, doc.tokenCount() / seconds,
                peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        doc.problems().forEach(p -> System.out.println("problem " + p.kind() + ": " + p.message()));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
