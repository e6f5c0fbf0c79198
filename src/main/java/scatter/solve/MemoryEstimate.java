package scatter.solve;

import scatter.physics.Field;

/**
 * What a run holds in memory at its peak, beyond the JVM's own needs, checked before anything big
 * is allocated so that a run too large for the Java heap stops at once instead of after minutes.
 *
 * @param needed bytes the run needs: {@link #bytesNeeded}
 * @param used bytes of heap in use now
 * @param max the heap's limit (-Xmx)
 */
public record MemoryEstimate(long needed, long used, long max) {
    /** Bytes per node for the fields ({@link Field#bytesFor}): four float64 arrays and the inside flags. */
    public static final long FIELD_BYTES_PER_NODE = Field.bytesFor(1);
    /**
     * Bytes per contour segment while the problem is prepared: the sampled and checked points, the
     * self-intersection buckets, the segment terms and the inside tests' indices. Measured: 2
     * million segments build and run in a 450 MB heap, about 225 bytes each at the peak.
     */
    public static final long BYTES_PER_SEGMENT = 512;

    /**
     * Bytes a run needs for {@code nodes} nodes (all, or a part's band) and {@code segments}
     * segments, when writing its results takes {@code writerBytesPerNode} more per node.
     */
    public static long bytesNeeded(long nodes, long segments, long writerBytesPerNode) {
        return nodes * (FIELD_BYTES_PER_NODE + writerBytesPerNode) + (segments + 1) * BYTES_PER_SEGMENT;
    }

    /** The estimate for a run against this JVM's heap as it is now. */
    public static MemoryEstimate of(long nodes, long segments, long writerBytesPerNode) {
        Runtime rt = Runtime.getRuntime();
        return new MemoryEstimate(bytesNeeded(nodes, segments, writerBytesPerNode), rt.totalMemory() - rt.freeMemory(),
                rt.maxMemory());
    }

    /** Heap still free for the run. */
    public long available() {
        return max - used;
    }

    /** Whether the run fits in the heap. */
    public boolean fits() {
        return needed <= available();
    }

    /**
     * A -Xmx value that fits the run: what is in use now, the run, and a quarter more for the
     * garbage collector, in steps of 64 MB, e.g. "448m" or "33g".
     */
    public String suggestedXmx() {
        long mib = 64 * (long) Math.ceil((used + needed) * 1.25 / (64L << 20));
        return mib >= 4096 ? (mib + 1023) / 1024 + "g" : mib + "m";
    }
}
