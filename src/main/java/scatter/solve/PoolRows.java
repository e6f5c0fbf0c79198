package scatter.solve;

import scatter.physics.exact.system.RowRunner;

/**
 * The exact model's matrix assembly and LU factorisation on the product's thread pool: rows (or the
 * LU's columns) in chunks on a {@link ChunkedPool}, so the solve is spread over the same threads,
 * and stops the same way, as the field: an interrupted caller returns at once, and the LU stops
 * between its blocks. Before each doubling level it checks that no signal asked the run to stop
 * and that the level's system fits in the Java heap; before the first, it tells its caller that
 * the solve begins.
 */
final class PoolRows implements RowRunner {
    /** Rows per chunk at most: a row of the largest system takes about a millisecond. */
    private static final int MAX_CHUNK = 64;

    private final ChunkedPool pool;
    private final int obstacles;
    private final Model model;
    /** Told before the first system, then dropped. */
    private Runnable solving;

    /** @param solving told once, before the first system: the solve is about to begin */
    PoolRows(ChunkedPool pool, Model model, Runnable solving) {
        this(pool, model, solving, 1);
    }

    /** @param obstacles how many obstacles share the system (for the advice of a refusal) */
    PoolRows(ChunkedPool pool, Model model, Runnable solving, int obstacles) {
        this.obstacles = obstacles;
        this.pool = pool;
        this.model = model;
        this.solving = solving;
    }

    @Override
    public void beforeSystem(int size) throws InterruptedException {
        beforeSystem(size, (int) MemoryEstimate.SYSTEM_BYTES_PER_ENTRY);
    }

    @Override
    public void beforeSystem(int size, int entryBytes) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (solving != null) {
            Runnable first = solving;
            solving = null;
            first.run();
        }
        MemoryEstimate memory = MemoryEstimate.ofSystem(size, entryBytes);
        if (!memory.fits()) {
            // the heap in use may still hold the previous level's system, garbage by now: count
            // only what is live before refusing a run that would fit
            System.gc();
            memory = MemoryEstimate.ofSystem(size, entryBytes);
        }
        if (!memory.fits()) {
            throw new SystemTooLargeException(size, model.fixedPoints(), memory, obstacles);
        }
    }

    @Override
    public void forRows(int rows, RowTask task) throws InterruptedException {
        pool.run(rows, pool.chunkSize(rows, 1, MAX_CHUNK), () -> task::run, null);
    }
}
