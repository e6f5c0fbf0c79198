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
     * Bytes per complex entry of the exact model's linear system: the matrix, two float64, which the
     * LU factors in place (no copy). 1 GiB at the most boundary points, 8192.
     */
    public static final long SYSTEM_BYTES_PER_ENTRY = 16;
    /**
     * How many times the matrix the heap must be able to hold: it is one array of 16 N^2 bytes,
     * which the garbage collector must place in one unbroken stretch beside everything else.
     * Measured with EJML's LU, which needed a second such array, at 4096 points: with -Xmx768m the
     * copy could not be allocated although 740 MB were free, with -Xmx896m it could.
     */
    public static final double SYSTEM_HEAP_FACTOR = 1.5;
    /**
     * Bytes per boundary point of the exact model while the field is computed: the refined
     * boundaries of the close evaluation (up to 126 times as many points, nine float64 each: 9 KB)
     * and the solution's own arrays.
     */
    public static final long BYTES_PER_BOUNDARY_POINT = 10 * 1024;
    /**
     * Bytes per node the fast multipole evaluation adds: which sum each node is left to (1: the
     * main sources or, for the exact model, one of its refined boundaries; the FMM being run
     * evaluates the nodes marked with its own), and the local expansions of the levels above the leaves (1.3 at
     * the default tolerance on tiles of 256 nodes: 22 MB for 4096 x 4096 cells), with a margin.
     * Its translation operators take tens of MB whatever the grid (docs/performance.md), within the
     * JVM's margin; so does the exact model's copy of one refined boundary in leaf order at a time
     * (at most 64 times the points, nine float64 each: 4.6 KB a boundary point, 9.4 MB at 2048).
     * The margin is what was once a flag per node (whether the FMM being run evaluates it).
     */
    public static final long FMM_BYTES_PER_NODE = 5;

    /**
     * Bytes a run needs for {@code nodes} nodes (all, or a part's band) and {@code segments}
     * segments, when writing its results takes {@code writerBytesPerNode} more per node.
     */
    public static long bytesNeeded(long nodes, long segments, long writerBytesPerNode) {
        return bytesNeeded(nodes, segments, writerBytesPerNode, 0);
    }

    /**
     * As {@link #bytesNeeded(long, long, long)}, for the exact model with {@code boundaryPoints}
     * points while the field is computed (its linear system is garbage by then: see
     * {@link #systemBytes}).
     */
    public static long bytesNeeded(long nodes, long segments, long writerBytesPerNode, long boundaryPoints) {
        return nodes * (FIELD_BYTES_PER_NODE + writerBytesPerNode) + (segments + 1) * BYTES_PER_SEGMENT
                + boundaryPoints * BYTES_PER_BOUNDARY_POINT;
    }

    /**
     * Bytes of heap the exact model's system of {@code points} boundary points needs while it is
     * solved: {@value #SYSTEM_HEAP_FACTOR} times its matrix (1.5 GiB at 8192 points, 384 MiB at 4096),
     * and the boundary's own arrays, which also cover the LU's packed block row (2 KB a point).
     */
    public static long systemBytes(long points) {
        return (long) Math.ceil(SYSTEM_HEAP_FACTOR * points * points * SYSTEM_BYTES_PER_ENTRY)
                + points * BYTES_PER_BOUNDARY_POINT;
    }

    /** The estimate for a run against this JVM's heap as it is now. */
    public static MemoryEstimate of(long nodes, long segments, long writerBytesPerNode) {
        return of(nodes, segments, writerBytesPerNode, 0);
    }

    /** The estimate for an exact-model run's field phase with {@code boundaryPoints} points. */
    public static MemoryEstimate of(long nodes, long segments, long writerBytesPerNode, long boundaryPoints) {
        return now(bytesNeeded(nodes, segments, writerBytesPerNode, boundaryPoints));
    }

    /** The estimate for the exact model's system of {@code points} boundary points. */
    public static MemoryEstimate ofSystem(long points) {
        return now(systemBytes(points));
    }

    /**
     * As {@link #ofSystem(long)} for a system holding {@code entryBytes} bytes per unknown squared at
     * once instead of {@value #SYSTEM_BYTES_PER_ENTRY} (a polygon's hard problem keeps two real
     * matrices and their packed copies beside its complex one): its matrix part scaled by that ratio.
     */
    public static MemoryEstimate ofSystem(long points, int entryBytes) {
        if (entryBytes == SYSTEM_BYTES_PER_ENTRY) {
            return ofSystem(points);
        }
        return now((long) Math.ceil(SYSTEM_HEAP_FACTOR * points * points * entryBytes)
                + points * BYTES_PER_BOUNDARY_POINT);
    }

    private static MemoryEstimate now(long needed) {
        Runtime rt = Runtime.getRuntime();
        return new MemoryEstimate(needed, rt.totalMemory() - rt.freeMemory(), rt.maxMemory());
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
