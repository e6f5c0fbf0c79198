package scatter.linalg;

/**
 * Runs work over the indices [0, count) (rows or columns of a matrix) as ranges of consecutive
 * indices, in any order and on any threads: the caller's thread pool, or {@link #serial()}. The
 * work given writes only what belongs to the indices of its range, so the result is the same
 * whatever the ranges and threads.
 */
@FunctionalInterface
public interface ParallelRows {
    /** What one range [from, to) is: called once per range, possibly concurrently. */
    @FunctionalInterface
    interface Range {
        void run(int from, int to) throws InterruptedException;
    }

    /**
     * Runs {@code range} over every index in [0, count) exactly once and returns when all are done.
     *
     * @throws InterruptedException if the calling thread is interrupted; the ranges still running
     *     may be stopped or may finish, but the call returns promptly
     */
    void forRows(int count, Range range) throws InterruptedException;

    /** All indices as one range on the calling thread. */
    static ParallelRows serial() {
        return (count, range) -> range.run(0, count);
    }
}
