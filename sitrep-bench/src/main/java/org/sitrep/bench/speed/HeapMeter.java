package org.sitrep.bench.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Reads heap figures from the JVM's management beans: the peak heap in use since the last reset and the
 * bytes the current thread has allocated. Not thread-safe; one benchmark thread uses one meter.
 */
final class HeapMeter {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    /** Starts a new peak: collects garbage first, so the peak measures what follows. */
    void reset() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The sum of every heap pool's peak since {@link #reset()}: an upper bound of the heap in use at any
     * one moment, since pools may peak at different times (young space fills up before each collection).
     */
    long peakBytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The heap in use right after a full collection: what the live objects (loaded models) hold. */
    static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bytes allocated so far by the calling thread, or -1 when the JVM cannot say. */
    static long allocatedByThisThread() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    /** CPU time used so far by the calling thread, in nanoseconds, or -1 when the JVM cannot say. */
    static long cpuNanosOfThisThread() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    /** Total time the JVM's collectors have spent collecting so far, in milliseconds. */
    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    /** The largest heap the JVM may use ({@code -Xmx}). */
    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
