package scatter.physics.exact.system;

/**
 * Runs work over the rows [0, rows) of a matrix as ranges of consecutive rows, in any order and on
 * any threads: the caller's thread pool, or {@link #serial()}. The assembly writes only the rows it
 * is given, and every entry depends on its row and column only, so the result is the same
 * whatever the ranges and threads.
 */
@FunctionalInterface
public interface RowRunner {
    /** What one range of rows [from, to) is: called once per range, possibly concurrently. */
    @FunctionalInterface
    interface RowTask {
        void run(int from, int to) throws InterruptedException;
    }

    /** Runs {@code task} over every row in [0, rows) exactly once and returns when all are done. */
    void forRows(int rows, RowTask task) throws InterruptedException;

    /**
     * Told before the solver allocates a system of {@code size} x {@code size} unknowns (one per
     * doubling level): the caller may stop the solve here, between levels, by throwing, e.g. when
     * it was interrupted or when the system would not fit in its memory. Does nothing by default.
     */
    default void beforeSystem(int size) throws InterruptedException {
    }

    /**
     * As {@link #beforeSystem(int)}, for a system that holds {@code entryBytes} bytes per unknown
     * squared at once (16 for one complex matrix; more where real matrices are kept beside it, as the
     * hard problem of a polygon does): the caller's memory check scales by it. By default the same as
     * {@link #beforeSystem(int)}.
     */
    default void beforeSystem(int size, int entryBytes) throws InterruptedException {
        beforeSystem(size);
    }

    /** All rows as one range on the calling thread. */
    static RowRunner serial() {
        return (rows, task) -> task.run(0, rows);
    }
}
