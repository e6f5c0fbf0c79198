package scatter.solve;

import scatter.physics.Field;
import scatter.physics.FieldKernel;
import scatter.physics.PreparedProblem;

/** Computes the field at every grid node of a {@link PreparedProblem} on a {@link ChunkedPool}. */
public final class FieldSolver {
    /** Smallest chunk: a node against a few segments costs well under a microsecond. */
    private static final int MIN_CHUNK = 16;
    /** Largest chunk: keeps progress reports and cancellation within a fraction of a second. */
    private static final int MAX_CHUNK = 4096;

    private final ChunkedPool pool;

    public FieldSolver(int threads) {
        this.pool = new ChunkedPool(threads);
    }

    public int threads() {
        return pool.threads();
    }

    /** Fills a new {@link Field} for every node of the scatterer's grid. */
    public Field solve(PreparedProblem scatterer, ChunkedPool.Progress progress) throws InterruptedException {
        Field field = new Field(scatterer.grid());
        int total = field.grid().nodes();
        int chunk = pool.chunkSize(total, MIN_CHUNK, MAX_CHUNK);
        pool.run(total, chunk, () -> {
            FieldKernel kernel = scatterer.newKernel();
            return (from, to) -> {
                for (int node = from; node < to; node++) {
                    if (Thread.currentThread().isInterrupted()) {
                        // the run was cancelled or another chunk failed: stop within one node
                        throw new InterruptedException();
                    }
                    kernel.computeField(node, field);
                }
            };
        }, progress);
        return field;
    }
}
