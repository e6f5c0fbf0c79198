package scatter.solve;

import java.util.Arrays;

/**
 * How fast one worker thread computes once the kernel is compiled, measured chunk by chunk while a
 * field is solved: (outside node, source) pairs per second of one thread.
 *
 * <p>In a fresh JVM the first chunks run in the interpreter and in the JIT's first, profiling tier,
 * several times slower than the compiled kernel, so a run's average throughput says little about
 * how long a larger problem would take. The compiled kernel's speed shows in the fastest chunks:
 * {@link #pairsPerSecond()} is the largest of the chunks' own rates. On few cores a short run may
 * end before the JIT has finished compiling the kernel (the compiler competes with the workers for
 * the cores), and then even the fastest chunk is slower than the compiled kernel: the figure is a
 * lower bound. Chunks without outside nodes are not counted, nor chunks shorter than
 * {@value #MIN_NANOS} ns, whose rate the timer's resolution could inflate. Each chunk writes only
 * its own slot, so workers need no locking.
 */
public final class KernelThroughput {
    /** Chunks shorter than this are not timed precisely enough to count. */
    private static final long MIN_NANOS = 20_000;

    private double[] rates = new double[0];

    /** Makes room for {@code chunks} chunks; called before the workers start. */
    void expect(int chunks) {
        rates = new double[chunks];
    }

    /** Records chunk {@code index}: {@code pairs} pairs computed by one thread in {@code nanos}. */
    void chunk(int index, long pairs, long nanos) {
        rates[index] = pairs > 0 && nanos >= MIN_NANOS ? pairs * 1e9 / nanos : 0;
    }

    /** Pairs per second of one thread in the fastest chunk; 0 if no chunk computed any pair. */
    public double pairsPerSecond() {
        return Arrays.stream(rates).max().orElse(0);
    }
}
