package scatter.physics.fmm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import scatter.geometry.Grid;
import scatter.physics.SourceTerms;

/**
 * Everything about a fast multipole evaluation that does not depend on which nodes are wanted: the
 * tree ({@link BoxTree}), each level's expansion order ({@link ExpansionOrder}) and scale, the
 * translation operators of every level ({@link Translation}: 40 multipole-to-local offsets, 4
 * multipole-to-multipole and 4 local-to-local), the table of the leaves' local basis at the tile's
 * nodes, and the sources in leaf order. Built once, serially (its cost is that of a few thousand
 * translations at most); immutable and shared by the threads of an {@link FmmEvaluation}.
 *
 * <p>Interaction lists are those of the classical FMM (Greengard and Rokhlin 1987): at level l &gt;= 2
 * the children of the parent's neighbours that are not neighbours; the 3 x 3 neighbours of a leaf
 * are summed directly. A level translates in Fourier form (FFTs) when its boxes are at least a
 * wavelength / 2 pi in radius, its order is at least {@value #FOURIER_MIN_ORDER} and 2p is at most k
 * times the least distance between interacting centres (boxes tens of wavelengths across): there a
 * dense p x p matrix would be the cost that grows as p^2.
 */
public final class FmmPlan {
    /** Smallest order translated by FFTs: below it the dense product is as fast. */
    static final int FOURIER_MIN_ORDER = 48;

    final SourceTerms sources;
    final Grid grid;
    final double k;
    final double tolerance;
    final BoxTree tree;
    /** Per level: order p, scale s, FFT for M2L (null: dense). */
    final int[] order;
    final double[] scale;
    final Radix2Fft[] m2lFft;
    /** m2l[l][(oy + 3) 7 + ox + 3] for offsets (ox, oy) = target - source box, l &gt;= 2; null inside the near range. */
    final Translation[][] m2l;
    /** m2m[l][a + 2b]: child (2ix + a, 2iy + b) of level l + 1 to its parent of level l. */
    final Translation[][] m2m;
    /** l2l[l][a + 2b]: parent of level l - 1 to child (2ix + a, 2iy + b) of level l. */
    final Translation[][] l2l;
    /** basis[(n + p) tiles + t]: the leaf's local basis Psi_n / s^|n| at tile node t = jj tileX + ii (re, im), term by term. */
    final double[] basisRe;
    final double[] basisIm;
    /** The sources in leaf order. */
    final SourceTerms sorted;

    /**
     * @param sources the sum's sources
     * @param grid the targets (for a band of rows, the tree is still the whole grid's)
     * @param k wave number
     * @param tolerance the error aimed at, relative to the largest value
     */
    public FmmPlan(SourceTerms sources, Grid grid, double k, double tolerance) throws InterruptedException {
        this(sources, grid, k, tolerance, SERIAL);
    }

    /**
     * As {@link #FmmPlan(SourceTerms, Grid, double, double)}, its translation operators and basis
     * table built by {@code runner} (each the same whichever thread builds it).
     *
     * @throws InterruptedException if the runner is interrupted
     */
    public FmmPlan(SourceTerms sources, Grid grid, double k, double tolerance, Runner runner)
            throws InterruptedException {
        this(sources, grid, k, tolerance, runner, null);
    }

    /**
     * A plan for other sources on the same grid, wave number and tolerance as {@code like}: where
     * their tree has the same levels (sources on about the same curve: the same lattice of tiles,
     * the same expansion orders and box sizes), {@code like}'s translation operators and basis
     * table, which depend on nothing else, are shared instead of built again; otherwise they are
     * built as by {@link #FmmPlan(SourceTerms, Grid, double, double, Runner)}.
     *
     * @throws InterruptedException if the runner is interrupted
     */
    public FmmPlan(SourceTerms sources, FmmPlan like, Runner runner) throws InterruptedException {
        this(sources, like.grid, like.k, like.tolerance, runner, like);
    }

    private FmmPlan(SourceTerms sources, Grid grid, double k, double tolerance, Runner runner, FmmPlan like)
            throws InterruptedException {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1): " + tolerance);
        }
        this.sources = sources;
        this.grid = grid;
        this.k = k;
        this.tolerance = tolerance;
        int count = sources.count();
        double[] sx = new double[count];
        double[] sy = new double[count];
        for (int j = 0; j < count; j++) {
            sx[j] = sources.x(j);
            sy[j] = sources.y(j);
        }
        tree = new BoxTree(grid, sx, sy, count, 2 * Math.PI / k);
        sorted = sources.select(tree.order);
        int levels = tree.levels;
        if (like != null && like.tree.levels == levels && like.tree.tileX == tree.tileX
                && like.tree.tileY == tree.tileY && like.tree.hx == tree.hx && like.tree.hy == tree.hy) {
            order = like.order;
            scale = like.scale;
            m2lFft = like.m2lFft;
            m2l = like.m2l;
            m2m = like.m2m;
            l2l = like.l2l;
            basisRe = like.basisRe;
            basisIm = like.basisIm;
            return;
        }
        order = new int[levels + 1];
        scale = new double[levels + 1];
        m2lFft = new Radix2Fft[levels + 1];
        m2l = new Translation[levels + 1][];
        m2m = new Translation[levels + 1][];
        l2l = new Translation[levels + 1][];
        for (int l = 2; l <= levels; l++) {
            order[l] = ExpansionOrder.of(k, tree.radius(l), tree.separation(l), tolerance);
            scale[l] = Math.min(1, k * tree.radius(l));
        }
        List<Runnable> jobs = new ArrayList<>();
        for (int l = 2; l <= levels; l++) {
            int level = l;
            int p = order[l];
            double s = scale[l];
            m2lFft[l] = fourier(l) ? new Radix2Fft(Integer.highestOneBit(4 * p + 1) * 2) : null;
            m2l[l] = new Translation[49];
            for (int oy = -3; oy <= 3; oy++) {
                for (int ox = -3; ox <= 3; ox++) {
                    if (Math.max(Math.abs(ox), Math.abs(oy)) >= 2) {
                        int x = ox;
                        int y = oy;
                        jobs.add(() -> m2l[level][(y + 3) * 7 + x + 3] = Translation.of(Translation.Kind.M2L, k,
                                x * tree.sideX(level), y * tree.sideY(level), p, s, p, s, m2lFft[level]));
                    }
                }
            }
            if (l < levels) {
                m2m[l] = new Translation[4];
                Radix2Fft fft = fourier(l + 1) ? lengthFor(order[l + 1], p) : null;
                for (int c = 0; c < 4; c++) {
                    int child = c;
                    double dx = (0.5 - (c & 1)) * tree.sideX(l + 1);
                    double dy = (0.5 - (c >> 1)) * tree.sideY(l + 1);
                    jobs.add(() -> m2m[level][child] = Translation.of(Translation.Kind.M2M, k, dx, dy,
                            order[level + 1], scale[level + 1], p, s, fft));
                }
            }
            if (l > 2) {
                l2l[l] = new Translation[4];
                Radix2Fft fft = fourier(l) ? lengthFor(order[l - 1], p) : null;
                for (int c = 0; c < 4; c++) {
                    int child = c;
                    double dx = ((c & 1) - 0.5) * tree.sideX(l);
                    double dy = ((c >> 1) - 0.5) * tree.sideY(l);
                    jobs.add(() -> l2l[level][child] = Translation.of(Translation.Kind.L2L, k, dx, dy,
                            order[level - 1], scale[level - 1], p, s, fft));
                }
            }
        }
        int p = levels >= 2 ? order[levels] : 0;
        int tiles = tree.tileX * tree.tileY;
        basisRe = new double[levels >= 2 ? tiles * (2 * p + 1) : 0];
        basisIm = new double[basisRe.length];
        if (levels >= 2) {
            for (int jj = 0; jj < tree.tileY; jj++) {
                int row = jj;
                jobs.add(() -> basisRow(row, p, tiles));
            }
        }
        runner.run(jobs.size(), i -> jobs.get(i).run());
    }

    /** The basis table's entries for the tile's row jj of nodes. */
    private void basisRow(int jj, int p, int tiles) {
        double[] f = new double[p + 1];
        for (int ii = 0; ii < tree.tileX; ii++) {
            double rx = (ii - (tree.tileX - 1) / 2.0) * tree.hx;
            double ry = (jj - (tree.tileY - 1) / 2.0) * tree.hy;
            CylinderFunctions.besselJ(k * Math.hypot(rx, ry), scale[tree.levels], p, f);
            double angle = Math.atan2(ry, rx);
            int t = jj * tree.tileX + ii;
            for (int n = -p; n <= p; n++) {
                int a = Math.abs(n);
                double sign = n < 0 && (a & 1) == 1 ? -1 : 1;
                basisRe[(n + p) * tiles + t] = sign * f[a] * Math.cos(n * angle);
                basisIm[(n + p) * tiles + t] = sign * f[a] * Math.sin(n * angle);
            }
        }
    }

    /**
     * Runs {@code count} independent items, each writing only its own slot, on the caller's
     * threads (or serially: {@link #SERIAL}); the plan's operators and basis table are built so.
     */
    @FunctionalInterface
    public interface Runner {
        void run(int count, IntConsumer item) throws InterruptedException;
    }

    /** Runs the items one after the other on the calling thread. */
    public static final Runner SERIAL = (count, item) -> {
        for (int i = 0; i < count; i++) {
            item.accept(i);
        }
    };

    /**
     * Whether level l translates by FFTs: unscaled expansions of a large order whose M2L uses Hankel
     * functions of orders up to 2p only within their oscillatory range (2p at most k d, d the least
     * distance between interacting centres). Beyond it H_2p(kd) grows without bound while the
     * result does not, and the FFT's rounding, relative to the largest entry, would swamp it; the
     * dense product keeps each entry's rounding to itself.
     */
    private boolean fourier(int level) {
        return scale[level] == 1 && order[level] >= FOURIER_MIN_ORDER
                && 2 * order[level] <= k * tree.separation(level);
    }

    private static Radix2Fft lengthFor(int pIn, int pOut) {
        return new Radix2Fft(Integer.highestOneBit(2 * pIn + 2 * pOut + 1) * 2);
    }

    /** Levels below the root: the leaves are level {@code levels()}. */
    public int levels() {
        return tree.levels;
    }

    /** The expansion order of level l (0 for levels 0 and 1, which translate nothing). */
    public int order(int level) {
        return order[level];
    }

    /** Nodes per leaf tile, in x and in y. */
    public int tileX() {
        return tree.tileX;
    }

    public int tileY() {
        return tree.tileY;
    }

    /** Whether level l's multipole-to-local translations are done by FFTs. */
    public boolean fourierAt(int level) {
        return level >= 2 && m2lFft[level] != null;
    }

    /**
     * A new evaluation of the sum at the wanted nodes of {@code grid}, those whose byte in
     * {@code sums} (one per node) is {@code set} (see {@link FmmEvaluation}).
     */
    public FmmEvaluation evaluation(byte[] sums, byte set, double[] outRe, double[] outIm) {
        try {
            return new FmmEvaluation(this, sums, set, outRe, outIm, SERIAL);
        } catch (InterruptedException e) {
            throw new IllegalStateException("the serial runner does not wait", e);
        }
    }

    /**
     * As {@link #evaluation(byte[], byte, double[], double[])}, the expansions' arrays made by
     * {@code runner}, one item per array.
     *
     * @throws InterruptedException if the runner is interrupted
     */
    public FmmEvaluation evaluation(byte[] sums, byte set, double[] outRe, double[] outIm, Runner runner)
            throws InterruptedException {
        return new FmmEvaluation(this, sums, set, outRe, outIm, runner);
    }
}
