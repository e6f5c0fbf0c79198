package scatter.solve;

import java.util.Locale;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.FieldKernel;
import scatter.physics.PreparedProblem;
import scatter.physics.SourceTerms;
import scatter.physics.fmm.FmmEvaluation;
import scatter.physics.fmm.FmmPlan;

/** Computes the field at every grid node of a {@link PreparedProblem} on a {@link ChunkedPool}. */
public final class FieldSolver {
    /** Smallest chunk: a node against a few segments costs well under a microsecond. */
    private static final int MIN_CHUNK = 16;
    /** Largest chunk: keeps progress reports and cancellation within a fraction of a second. */
    private static final int MAX_CHUNK = 4096;

    /** Leaf tiles or boxes per chunk of an FMM phase at most: each is a fraction of a millisecond. */
    private static final int MAX_FMM_CHUNK = 16;

    private final int threads;
    private final Evaluation evaluation;
    private final StepClock clock;

    /**
     * A solver that sums directly, every node against every source.
     *
     * @param threads the size of the pool each {@link #solve} runs on (its own, closed when it returns)
     */
    public FieldSolver(int threads) {
        this(threads, Evaluation.DIRECT);
    }

    /** A solver that evaluates the sum over the sources as {@code evaluation} says. */
    public FieldSolver(int threads, Evaluation evaluation) {
        this(threads, evaluation, StepClock.NONE);
    }

    /**
     * A solver that evaluates the sum as {@code evaluation} says and tells {@code clock} of the FMM's
     * steps (for the benchmark that times them; the values are the same with any clock).
     */
    public FieldSolver(int threads, Evaluation evaluation, StepClock clock) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.threads = threads;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    public int threads() {
        return threads;
    }

    /**
     * Fails if any value of the field is NaN or infinite, naming the first such node. The boundary
     * rule and the input checks should make this impossible: it reports a bug, before anything is
     * written.
     *
     * @throws IllegalStateException naming the node
     */
    public static void requireFinite(Field field) {
        int bad = field.firstNonFinite();
        if (bad >= 0) {
            Grid grid = field.grid();
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the field at node (%d, %d), x = %s, y = %s, is not finite; nothing was written",
                    bad % (grid.nx() + 1), grid.firstRow() + bad / (grid.nx() + 1), grid.xOf(bad), grid.yOf(bad)));
        }
    }

    /** Fills a new {@link Field} for every node of the problem's grid. */
    public Field solve(PreparedProblem problem, ChunkedPool.Progress progress) throws InterruptedException {
        return solve(problem, progress, new KernelThroughput());
    }

    /**
     * Fills a new {@link Field} for every node of the problem's grid, and records in
     * {@code throughput} how fast the workers computed.
     *
     * <p>Chunks of nodes are handed out spread over the whole grid from the start
     * ({@link ChunkedPool.Order#SPREAD}), not row by row from the bottom. The JIT compiler compiles
     * the kernel for the branches it has seen taken: from the bottom rows it saw neither nodes
     * inside the obstacle nor small arguments of the Hankel functions, and threw its compiled
     * kernel away at the first node near the obstacle, to compile it again. Spread, the first
     * chunks show it every kind of node; and the exact model's costly nodes next to the boundary
     * are spread over the run instead of all coming first, before anything is compiled (as they
     * do when the middle rows go first). Measured in docs/performance.md. Each node's value does
     * not depend on when or where it is computed.
     */
    public Field solve(PreparedProblem problem, ChunkedPool.Progress progress, KernelThroughput throughput)
            throws InterruptedException {
        try (ChunkedPool pool = new ChunkedPool(threads)) {
            if (evaluation.isFmm()) {
                return solveFmm(problem, progress, pool);
            }
            return solve(problem, progress, throughput, pool);
        }
    }

    private static Field solve(PreparedProblem problem, ChunkedPool.Progress progress, KernelThroughput throughput,
            ChunkedPool pool) throws InterruptedException {
        Field field = new Field(problem.grid());
        int total = field.grid().nodes();
        int chunk = pool.chunkSize(total, MIN_CHUNK, MAX_CHUNK);
        long sources = problem.sources().count();
        byte[] inside = field.inside();
        throughput.expect((int) ((total + (long) chunk - 1) / chunk));
        pool.run(total, chunk, ChunkedPool.Order.SPREAD, () -> {
            FieldKernel kernel = problem.newKernel();
            return (from, to) -> {
                long start = System.nanoTime();
                int outside = 0;
                for (int node = from; node < to; node++) {
                    if (Thread.currentThread().isInterrupted()) {
                        // the run was cancelled or another chunk failed: stop within one node
                        throw new InterruptedException();
                    }
                    kernel.computeField(node, field);
                    outside += inside[node] == 0 ? 1 : 0;
                }
                throughput.chunk(from / chunk, outside * sources, System.nanoTime() - start);
            };
        }, progress);
        return field;
    }

    /**
     * The field by the fast multipole method: the field's arrays made on the pool
     * ({@link FieldArrays}); then every node's inside flag, incident field and, where the model has
     * a close rule of its own for it, scattered field, chunks spread over the grid as in the direct
     * sum; each other node is left to the sum over the main sources or over one of the near field's
     * source sets ({@link scatter.physics.NearField#sourceSet(int)}: the exact model's refined
     * boundaries, each for the nodes it serves). Then, for each of those sums that some node needs,
     * the FMM's phases ({@link FmmEvaluation}) for its nodes, each phase's items in chunks on the
     * pool, one phase after the other (the plan's operators and the expansions' arrays too). Each
     * step is told to the {@link StepClock}. The leaves' chunks are handed out spread over the grid
     * ({@link ChunkedPool.Order#SPREAD}), as the direct sum's nodes: in row order the first third of
     * the leaves has no near sources, the JIT compiles the leaves without the near sum, and throws
     * that away when the rows near the curve come, with both threads running slow code meanwhile
     * (the leaves' code was compiled six times in a 2-thread run, twice after; docs/performance.md).
     * Progress: the first pass is the first half, the leaves (where the nodes are evaluated) the
     * second, shared among the sums by their nodes.
     */
    private Field solveFmm(PreparedProblem problem, ChunkedPool.Progress progress, ChunkedPool pool)
            throws InterruptedException {
        clock.start("field arrays");
        FieldArrays arrays = new FieldArrays(problem.grid(), pool);
        Field field = arrays.field;
        byte[] sum = arrays.bytes;
        int total = field.grid().nodes();
        int sets = 1 + (problem.nearField() == null ? 0 : problem.nearField().sourceSets());
        if (sets > Byte.MAX_VALUE) {
            throw new IllegalStateException(sets + " sums are more than a byte per node tells apart");
        }
        clock.stop();
        clock.start("first pass");
        int chunk = pool.chunkSize(total, MIN_CHUNK, MAX_CHUNK);
        // each worker counts the nodes it leaves to each sum (whole numbers: any order adds them alike)
        java.util.List<long[]> counts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        pool.run(total, chunk, ChunkedPool.Order.SPREAD, clock.workers(() -> {
            FieldKernel kernel = problem.newFastKernel();
            long[] mine = new long[sets];
            counts.add(mine);
            return (from, to) -> {
                for (int start = from; start < to; start += FIRST_PASS_RUN) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException();
                    }
                    firstPass(kernel, field, sum, mine, start, Math.min(to, start + FIRST_PASS_RUN));
                }
            };
        }), progress == null ? null : (done, all) -> progress.chunkDone(done / 2, total));
        clock.stop();
        long[] nodes = new long[sets];
        for (long[] c : counts) {
            for (int s = 0; s < sets; s++) {
                nodes[s] += c[s];
            }
        }
        long wantedAll = java.util.Arrays.stream(nodes).sum();
        long before = 0;
        FmmPlan shared = null;
        for (int set = 0; set < sets; set++) {
            if (nodes[set] == 0) {
                continue;
            }
            clock.start("source set");
            SourceTerms sources = set == 0 ? problem.sources() : problem.nearField().sourceSet(set - 1);
            clock.stop();
            long first = before;
            long mine = nodes[set];
            ChunkedPool.Progress leavesDone = progress == null ? null : (done, all) -> progress.chunkDone(
                    total / 2 + (int) ((first + mine * done / all) * (total - total / 2) / wantedAll), total);
            shared = evaluate(sources, shared, problem, sum, (byte) set, field, pool, leavesDone);
            before += mine;
        }
        return field;
    }

    /**
     * Nodes per call of {@link #firstPass}: a call loops briefly, so the JIT compiles the pass with
     * the kernel inlined once, whole, after some hundred calls, instead of first on the stack of a
     * chunk's long loop (OSR) and then again whole (the leaves' code is split so too;
     * docs/performance.md). The interrupt is checked between calls: after 32 nodes at most (a
     * few milliseconds for the exact model's costliest nodes, next to the boundary).
     */
    private static final int FIRST_PASS_RUN = 32;

    /**
     * The first pass at nodes [from, to): everything but the sums, and the sum each node is left
     * to, counted in {@code mine}.
     */
    private static void firstPass(FieldKernel kernel, Field field, byte[] sum, long[] mine, int from, int to) {
        for (int node = from; node < to; node++) {
            int s = kernel.computeAllButSums(node, field);
            sum[node] = (byte) s;
            if (s >= 0) {
                mine[s]++;
            }
        }
    }

    /**
     * One FMM: the sum over {@code sources} at the wanted nodes, into the field's scattered values,
     * sharing the operators of {@code like}, the first FMM's plan, where its tree allows (null for
     * the first); returns the first plan. Its plan's operators and the evaluation's arrays are made
     * on the pool too: at high frequency they take a few percent of the run.
     */
    private FmmPlan evaluate(SourceTerms sources, FmmPlan like, PreparedProblem problem, byte[] sums, byte set,
            Field field, ChunkedPool pool, ChunkedPool.Progress leavesDone) throws InterruptedException {
        clock.start("plan");
        FmmPlan.Runner onPool = (count, item) -> pool.run(count, 1, clock.workers(() -> (from, to) -> {
            for (int i = from; i < to; i++) {
                item.accept(i);
            }
        }), null);
        FmmPlan plan = like == null
                ? new FmmPlan(sources, problem.grid(), problem.wave().k(), evaluation.tolerance(), onPool)
                : new FmmPlan(sources, like, onPool);
        clock.stop();
        clock.start("expansions' arrays");
        FmmEvaluation fmm = plan.evaluation(sums, set, field.scatteredRe(), field.scatteredIm(), onPool);
        clock.stop();
        for (FmmEvaluation.Phase phase : fmm.phases()) {
            boolean leaves = phase.name().equals(FmmEvaluation.LEAVES);
            int items = phase.items();
            clock.start(phase.name());
            if (items > 0) {
                pool.run(items, pool.chunkSize(items, 1, MAX_FMM_CHUNK),
                        leaves ? ChunkedPool.Order.SPREAD : ChunkedPool.Order.INDEX,
                        clock.workers(() -> phase.newWorker()::run), leaves ? leavesDone : null);
            }
            clock.stop();
        }
        return like == null ? plan : like;
    }
}
