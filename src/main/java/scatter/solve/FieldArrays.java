package scatter.solve;

import scatter.geometry.Grid;
import scatter.physics.Field;

/**
 * A new {@link Field} and a byte per node, their arrays allocated on the pool's threads, one array
 * per item. Java zeroes a new array on the thread that allocates it, and memory touched for the
 * first time costs the kernel a page fault per 4 KiB: for an 8192 x 8192 grid's 2.3 GB, 1.4 to
 * 1.7 s of system time measured on the 2-core test machine, which on the calling thread alone was
 * the largest serial step of a solve by the fast multipole method (docs/performance.md, "Fast
 * multipole evaluation"). The arrays are zero, as {@code new} makes them, whichever thread did it.
 */
final class FieldArrays {
    /** The field. */
    final Field field;
    /** One byte per node, all zero. */
    final byte[] bytes;

    /**
     * @throws InterruptedException if the caller is interrupted while the arrays are made
     */
    FieldArrays(Grid grid, ChunkedPool pool) throws InterruptedException {
        int n = grid.nodes();
        // the four double arrays first, so that with two threads each makes two of them
        Object[] arrays = new Object[6];
        try {
            pool.run(arrays.length, 1, () -> (from, to) -> {
                for (int i = from; i < to; i++) {
                    arrays[i] = i < 4 ? new double[n] : new byte[n];
                }
            }, null);
        } catch (ChunkedPool.ChunkFailedException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw oom;
            }
            throw e;
        }
        field = new Field(grid, (double[]) arrays[0], (double[]) arrays[1], (double[]) arrays[2],
                (double[]) arrays[3], (byte[]) arrays[4]);
        bytes = (byte[]) arrays[5];
    }
}
