package org.sitrep.bench.speed;

/**
 * Measures one round of work on the calling thread: wall time, CPU time plus garbage-collection time (what
 * one core costs, little disturbed by other load on a shared machine), bytes allocated and the peak heap.
 * Shared by the benchmarks of this package so that every figure is taken the same way. Not thread-safe.
 */
final class RoundClock {

    private final HeapMeter heap;
    private long wallStart;
    private long cpuStart;
    private long gcStart;
    private long allocatedStart;

    RoundClock(HeapMeter heap) {
        this.heap = heap;
    }

    /** Collects garbage, resets the heap peak, then starts the clocks. */
    void start() {
        heap.reset();
        allocatedStart = HeapMeter.allocatedByThisThread();
        gcStart = HeapMeter.gcMillis();
        cpuStart = HeapMeter.cpuNanosOfThisThread();
        wallStart = System.nanoTime();
    }

    /** The cost since {@link #start()}; CPU and allocation are -1 when the JVM cannot measure them. */
    Cost stop() {
        long wall = System.nanoTime() - wallStart;
        long cpuEnd = HeapMeter.cpuNanosOfThisThread();
        long gcNanos = (HeapMeter.gcMillis() - gcStart) * 1_000_000;
        long cpu = cpuStart < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuStart + gcNanos;
        long allocatedEnd = HeapMeter.allocatedByThisThread();
        long allocated = allocatedStart < 0 || allocatedEnd < 0 ? -1 : allocatedEnd - allocatedStart;
        return new Cost(wall, cpu, allocated, heap.peakBytes());
    }

    /** What one round cost. */
    record Cost(long wallNanos, long cpuNanos, long allocatedBytes, long peakHeapBytes) {

        /** Items per second by the wall clock. */
        double perSecond(int items) {
            return items / (wallNanos / 1e9);
        }

        /** Items per CPU second, or NaN when CPU time was not measured. */
        double perCpuSecond(int items) {
            return cpuNanos > 0 ? items / (cpuNanos / 1e9) : Double.NaN;
        }
    }
}
