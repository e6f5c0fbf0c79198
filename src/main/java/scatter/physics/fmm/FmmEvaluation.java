package scatter.physics.fmm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import scatter.geometry.Grid;
import scatter.physics.SourceSum;
import scatter.physics.SourceTerms;

/**
 * One fast multipole evaluation of the sum of {@link SourceTerms} at the wanted nodes of a grid (those
 * whose byte in an array of one per node is the evaluation's: several sums over different sources
 * share one array, each node marked with the sum it is left to), as
 * a sequence of {@link Phase}s, each a range of independent items that the caller runs on its
 * threads (in any order and split, one phase after the other):
 * <ol>
 *   <li>leaf multipoles from the sources (P2M), one item per leaf with sources;</li>
 *   <li>for each level from the leaves' parents up to level 2: multipoles from the children (M2M),
 *       one item per box with sources;</li>
 *   <li>for each level from 2 down to the leaves' parents: local expansions from the parent (L2L)
 *       and the interaction list (M2L), one item per box over the grid;</li>
 *   <li>the leaves: each tile's local expansion (L2L + M2L), evaluated at its wanted nodes from the
 *       basis table, plus the direct sum ({@link SourceSum}) of the sources in the 3 x 3 leaves
 *       around it.</li>
 * </ol>
 * Each item writes only its own box or its own nodes and reads only what earlier phases wrote, and
 * sums in an order fixed by the tree, so the values do not depend on the threads, the chunks or the
 * band of rows evaluated.
 *
 * <p>The multipole of a leaf, with c its centre and (rho_j, theta_j) the polar form of c_j - c,
 * g_m = J_m(k rho_j) e^{-i m theta_j} (so that H0(k|p - c_j|) = sum_m g_m Phi_m(p - c), Graf) and
 * nu = n_x + i n_y: since H1(kR) (n.r)/R = (1/k) n.grad_{c_j} H0(k|p - c_j|) and
 * (d_x +- i d_y) Z_m(k rho) e^{i m theta} = -+ k Z_{m+-1}(k rho) e^{i (m+-1) theta} (DLMF 10.6.2),
 * <pre>
 *   M_m = sum_j  a_j g_m + (b_j / 2) (conj(nu_j) g_{m-1} - nu_j g_{m+1}).
 * </pre>
 */
public final class FmmEvaluation {
    /** A range of independent items. */
    public interface Phase {
        /** What the phase computes, for the log. */
        String name();

        int items();

        /** A worker with its own scratch space, for one thread. */
        Worker newWorker();
    }

    /** Computes items [from, to) of its phase. */
    @FunctionalInterface
    public interface Worker {
        void run(int from, int to) throws InterruptedException;
    }

    /** The name of the last phase, where the nodes are evaluated. */
    public static final String LEAVES = "leaves";

    private final FmmPlan plan;
    private final BoxTree tree;
    /** Each node's sum; the wanted nodes are those whose sum is {@link #set}. */
    private final byte[] sums;
    private final byte set;
    private final double[] outRe;
    private final double[] outIm;
    private final Grid grid;
    /**
     * Per level, the boxes with sources one after the other: multipole coefficients (box b's term m
     * at b (2p + 1) + m + p), and their transforms where M2L is Fourier (box b's at b times the FFT's
     * length). One array per level, not two per box: the collector then has a few large arrays to
     * keep instead of copying hundreds of thousands of small ones at each pause (docs/performance.md).
     */
    private final double[][] mRe;
    private final double[][] mIm;
    private final double[][] hatRe;
    private final double[][] hatIm;
    /**
     * Per level: the target boxes' rectangle of the lattice and their local coefficients, one array
     * per level as the multipoles.
     */
    private final int[] boxX0;
    private final int[] boxY0;
    private final int[] boxW;
    private final int[] boxH;
    private final double[][] lRe;
    private final double[][] lIm;
    /**
     * Per level above the leaves: whether the box (item of its rectangle) has a wanted node below
     * it; a box without one needs no local expansion (the nodes left to one sum of several, e.g.
     * the exact model's refined boundaries, lie along the curve only).
     */
    private final boolean[][] needed;

    /**
     * @param runner makes the expansions' arrays, one item per array (on a machine where memory
     *        touched for the first time is slow, tenths of a second at 8192 x 8192 nodes)
     */
    FmmEvaluation(FmmPlan plan, byte[] sums, byte set, double[] outRe, double[] outIm, FmmPlan.Runner runner)
            throws InterruptedException {
        this.plan = plan;
        this.tree = plan.tree;
        this.grid = plan.grid;
        if (sums.length != grid.nodes() || outRe.length != grid.nodes() || outIm.length != grid.nodes()) {
            throw new IllegalArgumentException("one value per node of the grid is needed");
        }
        this.sums = sums;
        this.set = set;
        this.outRe = outRe;
        this.outIm = outIm;
        int levels = tree.levels;
        mRe = new double[levels + 1][];
        mIm = new double[levels + 1][];
        hatRe = new double[levels + 1][];
        hatIm = new double[levels + 1][];
        List<Runnable> arrays = new ArrayList<>();
        for (int l = 2; l <= levels; l++) {
            int level = l;
            int boxes = tree.sourceBoxes[l].length;
            arrays.add(() -> mRe[level] = new double[boxes * (2 * plan.order[level] + 1)]);
            arrays.add(() -> mIm[level] = new double[boxes * (2 * plan.order[level] + 1)]);
            if (plan.m2lFft[l] != null) {
                arrays.add(() -> hatRe[level] = new double[boxes * plan.m2lFft[level].length()]);
                arrays.add(() -> hatIm[level] = new double[boxes * plan.m2lFft[level].length()]);
            }
        }
        boxX0 = new int[levels + 1];
        boxY0 = new int[levels + 1];
        boxW = new int[levels + 1];
        boxH = new int[levels + 1];
        int x0 = tree.offsetX;
        int x1 = tree.offsetX + grid.nx() / tree.tileX;
        int y0 = tree.offsetY + grid.firstRow() / tree.tileY;
        int y1 = tree.offsetY + (grid.firstRow() + grid.rowCount() - 1) / tree.tileY;
        lRe = new double[levels + 1][];
        lIm = new double[levels + 1][];
        int locals = 0;
        for (int l = levels; l >= 0; l--) {
            int shift = levels - l;
            boxX0[l] = x0 >> shift;
            boxY0[l] = y0 >> shift;
            boxW[l] = (x1 >> shift) - boxX0[l] + 1;
            boxH[l] = (y1 >> shift) - boxY0[l] + 1;
            if (l >= 2 && l < levels) {
                int level = l;
                int length = boxW[l] * boxH[l] * (2 * plan.order[l] + 1);
                // the largest (the leaves' parents) first, so that the threads share them evenly
                arrays.add(locals++, () -> lRe[level] = new double[length]);
                arrays.add(locals++, () -> lIm[level] = new double[length]);
            }
        }
        runner.run(arrays.size(), i -> arrays.get(i).run());
        needed = new boolean[levels + 1][];
        boolean[] leaves = new boolean[boxW[levels] * boxH[levels]];
        needed[levels] = leaves;
        // a tile's box is needed if any of its nodes is wanted: one item per row of tiles, which
        // writes only that row's flags, row by row of nodes and tile by tile (no division per node)
        int columns = grid.nx() + 1;
        runner.run(boxH[levels], row -> {
            int iy = boxY0[levels] + row;
            int j0 = Math.max((iy - tree.offsetY) * tree.tileY, grid.firstRow());
            int j1 = Math.min((iy - tree.offsetY + 1) * tree.tileY, grid.firstRow() + grid.rowCount());
            for (int j = j0; j < j1; j++) {
                int first = (j - grid.firstRow()) * columns;
                int end = first + columns;
                for (int start = first, tile = 0; start < end; start += tree.tileX, tile++) {
                    int at = row * boxW[levels] + tree.offsetX + tile - boxX0[levels];
                    if (leaves[at]) {
                        continue;
                    }
                    int stop = Math.min(start + tree.tileX, end);
                    for (int node = start; node < stop; node++) {
                        if (sums[node] == set) {
                            leaves[at] = true;
                            break;
                        }
                    }
                }
            }
        });
        for (int l = levels - 1; l >= 0; l--) {
            needed[l] = new boolean[boxW[l] * boxH[l]];
            for (int item = 0; item < needed[l + 1].length; item++) {
                if (needed[l + 1][item]) {
                    int ix = (boxX0[l + 1] + item % boxW[l + 1]) >> 1;
                    int iy = (boxY0[l + 1] + item / boxW[l + 1]) >> 1;
                    needed[l][(iy - boxY0[l]) * boxW[l] + ix - boxX0[l]] = true;
                }
            }
        }
    }

    /** The phases, in the order they must run. */
    public List<Phase> phases() {
        List<Phase> phases = new ArrayList<>();
        int levels = tree.levels;
        if (levels >= 2) {
            phases.add(phase("leaf multipoles", tree.sourceBoxes[levels].length, () -> this::leafMultipoles));
            for (int l = levels - 1; l >= 2; l--) {
                int level = l;
                phases.add(phase("multipoles of level " + l, tree.sourceBoxes[l].length,
                        () -> (from, to) -> upward(level, from, to)));
            }
            for (int l = 2; l < levels; l++) {
                int level = l;
                phases.add(phase("local expansions of level " + l, boxW[l] * boxH[l],
                        () -> (from, to) -> downward(level, from, to)));
            }
        }
        phases.add(phase(LEAVES, boxW[levels] * boxH[levels], LeafWorker::new));
        return phases;
    }

    /** Runs every phase on the calling thread. */
    public void runAll() throws InterruptedException {
        for (Phase phase : phases()) {
            phase.newWorker().run(0, phase.items());
        }
    }

    private static Phase phase(String name, int items, Supplier<Worker> workers) {
        return new Phase() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int items() {
                return items;
            }

            @Override
            public Worker newWorker() {
                return workers.get();
            }
        };
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }

    // ---- upward pass ----

    private void leafMultipoles(int from, int to) throws InterruptedException {
        int level = tree.levels;
        int p = plan.order[level];
        double s = plan.scale[level];
        double k = plan.k;
        SourceTerms src = plan.sorted;
        double[] f = new double[p + 2];
        double[] gRe = new double[2 * p + 3];
        double[] gIm = new double[2 * p + 3];
        int side = 1 << level;
        double[] re = mRe[level];
        double[] im = mIm[level];
        FftScratch scratch = new FftScratch(level);
        for (int box = from; box < to; box++) {
            checkInterrupt();
            long key = tree.sourceBoxes[level][box];
            double cx = tree.centreX(level, (int) (key % side));
            double cy = tree.centreY(level, (int) (key / side));
            int at = box * (2 * p + 1) + p;
            for (int j = tree.leafStart[box]; j < tree.leafStart[box + 1]; j++) {
                double rx = src.x(j) - cx;
                double ry = src.y(j) - cy;
                double rho = Math.hypot(rx, ry);
                CylinderFunctions.besselJ(k * rho, s, p + 1, f);
                // G_m = g_m / s^|m| for m = -p-1..p+1 at index m + p + 1; e^{-i m theta} as powers
                // of e^{-i theta} = (rx - i ry) / rho (rounding of m units in the last place at
                // order m, far below the tolerance; a source at the centre has f_m = 0 for m > 0)
                double cRe = rho > 0 ? rx / rho : 1;
                double cIm = rho > 0 ? -ry / rho : 0;
                double eRe = 1;
                double eIm = 0;
                gRe[p + 1] = f[0];
                gIm[p + 1] = 0;
                for (int m = 1; m <= p + 1; m++) {
                    double t = eRe * cRe - eIm * cIm;
                    eIm = eRe * cIm + eIm * cRe;
                    eRe = t;
                    // g_m = f_m e^{-i m theta}, g_{-m} = (-1)^m f_m e^{i m theta}
                    double sign = (m & 1) == 1 ? -1 : 1;
                    gRe[p + 1 + m] = f[m] * eRe;
                    gIm[p + 1 + m] = f[m] * eIm;
                    gRe[p + 1 - m] = sign * f[m] * eRe;
                    gIm[p + 1 - m] = -sign * f[m] * eIm;
                }
                double aRe = src.aRe(j);
                double aIm = src.aIm(j);
                double hbRe = src.bRe(j) / 2;
                double hbIm = src.bIm(j) / 2;
                double nuRe = src.nx(j);
                double nuIm = src.ny(j);
                for (int m = -p; m <= p; m++) {
                    int g = m + p + 1;
                    // conj(nu) g_{m-1} s^(|m-1| - |m|) - nu g_{m+1} s^(|m+1| - |m|)
                    double below = m >= 1 ? 1 / s : s;
                    double above = m >= 0 ? s : 1 / s;
                    double lRe0 = gRe[g - 1] * below;
                    double lIm0 = gIm[g - 1] * below;
                    double uRe0 = gRe[g + 1] * above;
                    double uIm0 = gIm[g + 1] * above;
                    double dRe = (nuRe * lRe0 + nuIm * lIm0) - (nuRe * uRe0 - nuIm * uIm0);
                    double dIm = (nuRe * lIm0 - nuIm * lRe0) - (nuRe * uIm0 + nuIm * uRe0);
                    re[at + m] += aRe * gRe[g] - aIm * gIm[g] + hbRe * dRe - hbIm * dIm;
                    im[at + m] += aRe * gIm[g] + aIm * gRe[g] + hbRe * dIm + hbIm * dRe;
                }
            }
            transform(level, box, scratch);
        }
    }

    /** A worker's arrays for one transform of a level whose M2L is Fourier (none where it is dense). */
    private final class FftScratch {
        final double[] re;
        final double[] im;

        FftScratch(int level) {
            Radix2Fft fft = plan.m2lFft[level];
            re = fft == null ? null : new double[fft.length()];
            im = fft == null ? null : new double[fft.length()];
        }
    }

    /** Where the level translates by FFTs: the transform of a box's multipole, kept beside the others. */
    private void transform(int level, int box, FftScratch scratch) {
        Radix2Fft fft = plan.m2lFft[level];
        if (fft != null) {
            int n = fft.length();
            int at = box * (2 * plan.order[level] + 1);
            Translation.transformInput(fft, plan.order[level], mRe[level], mIm[level], at, scratch.re, scratch.im);
            System.arraycopy(scratch.re, 0, hatRe[level], box * n, n);
            System.arraycopy(scratch.im, 0, hatIm[level], box * n, n);
        }
    }

    private void upward(int level, int from, int to) throws InterruptedException {
        int p = plan.order[level];
        int width = 2 * p + 1;
        int childWidth = 2 * plan.order[level + 1] + 1;
        int side = 1 << level;
        double[] re = new double[width];
        double[] im = new double[width];
        FftScratch scratch = new FftScratch(level);
        for (int box = from; box < to; box++) {
            checkInterrupt();
            long key = tree.sourceBoxes[level][box];
            int ix = (int) (key % side);
            int iy = (int) (key / side);
            Arrays.fill(re, 0);
            Arrays.fill(im, 0);
            for (int c = 0; c < 4; c++) {
                int child = tree.sourceBox(level + 1, 2 * ix + (c & 1), 2 * iy + (c >> 1));
                if (child >= 0) {
                    plan.m2m[level][c].apply(mRe[level + 1], mIm[level + 1], child * childWidth, re, im);
                }
            }
            System.arraycopy(re, 0, mRe[level], box * width, width);
            System.arraycopy(im, 0, mIm[level], box * width, width);
            transform(level, box, scratch);
        }
    }

    // ---- downward pass ----

    private void downward(int level, int from, int to) throws InterruptedException {
        int width = 2 * plan.order[level] + 1;
        double[] re = new double[width];
        double[] im = new double[width];
        for (int item = from; item < to; item++) {
            checkInterrupt();
            if (!needed[level][item]) {
                continue;
            }
            Arrays.fill(re, 0);
            Arrays.fill(im, 0);
            local(level, boxX0[level] + item % boxW[level], boxY0[level] + item / boxW[level], re, im);
            System.arraycopy(re, 0, lRe[level], item * width, width);
            System.arraycopy(im, 0, lIm[level], item * width, width);
        }
    }

    /** The local expansion of box (ix, iy) of a level &gt;= 2, added to (re, im). */
    private void local(int level, int ix, int iy, double[] re, double[] im) {
        if (level > 2) {
            int px = ix >> 1;
            int py = iy >> 1;
            int parent = (py - boxY0[level - 1]) * boxW[level - 1] + px - boxX0[level - 1];
            plan.l2l[level][(ix & 1) + 2 * (iy & 1)].apply(lRe[level - 1], lIm[level - 1],
                    parent * (2 * plan.order[level - 1] + 1), re, im);
        }
        Radix2Fft fft = plan.m2lFft[level];
        double[] accRe = fft == null ? null : new double[fft.length()];
        double[] accIm = fft == null ? null : new double[fft.length()];
        boolean any = false;
        int px = ix >> 1;
        int py = iy >> 1;
        for (int cy = 2 * py - 2; cy <= 2 * py + 3; cy++) {
            for (int cx = 2 * px - 2; cx <= 2 * px + 3; cx++) {
                int ox = ix - cx;
                int oy = iy - cy;
                if (Math.max(Math.abs(ox), Math.abs(oy)) < 2) {
                    continue;
                }
                int box = tree.sourceBox(level, cx, cy);
                if (box < 0) {
                    continue;
                }
                Translation op = plan.m2l[level][(oy + 3) * 7 + ox + 3];
                if (fft != null) {
                    op.accumulate(hatRe[level], hatIm[level], box * fft.length(), accRe, accIm);
                    any = true;
                } else {
                    op.apply(mRe[level], mIm[level], box * (2 * plan.order[level] + 1), re, im);
                }
            }
        }
        if (any) {
            Translation.addOutput(fft, plan.order[level], accRe, accIm, re, im);
        }
    }

    /** Evaluates the leaves, with its own scratch space. */
    private final class LeafWorker implements Worker {
        private final SourceSum sum = new SourceSum(plan.k);
        private final double[] value = new double[2];
        /** The local expansion's value at each node of the tile, t = jj tileX + ii. */
        private final double[] farRe = new double[tree.tileX * tree.tileY];
        private final double[] farIm = new double[tree.tileX * tree.tileY];

        /** The local expansion of the tile being evaluated. */
        private final double[] re = new double[2 * plan.order[tree.levels] + 1];
        private final double[] im = new double[re.length];

        /**
         * Tiles [from, to), each by {@link #tile}, each of its rows of nodes by {@link #row}: three
         * methods with short loops instead of one with a long loop nest. The JIT compiles a method
         * whose loops run long in one call twice, first on the stack (OSR: it cannot wait for the
         * next call) and then whole, and the leaves' code, which inlines the local expansion, its
         * translations and the near sum's entry, was so compiled two and three times in a
         * 2-thread run (0.2 to 0.4 s of the C2 compiler each, on the cores the workers use;
         * docs/performance.md); methods whose calls each loop a few dozen times are compiled whole,
         * after some hundred calls, and not also on the stack.
         */
        @Override
        public void run(int from, int to) throws InterruptedException {
            for (int item = from; item < to; item++) {
                checkInterrupt();
                tile(item);
            }
        }

        /** Evaluates the wanted nodes of leaf tile {@code item} of the lattice's rectangle. */
        private void tile(int item) {
            int level = tree.levels;
            int columns = grid.nx() + 1;
            int ix = boxX0[level] + item % boxW[level];
            int iy = boxY0[level] + item / boxW[level];
            int i0 = (ix - tree.offsetX) * tree.tileX;
            int j0 = (iy - tree.offsetY) * tree.tileY;
            int i1 = Math.min(i0 + tree.tileX, columns);
            int jFirst = Math.max(j0, grid.firstRow());
            int j1 = Math.min(j0 + tree.tileY, grid.firstRow() + grid.rowCount());
            if (!needed[level][item] || !anyWanted(i0, i1, jFirst, j1)) {
                return;
            }
            boolean far = level >= 2;
            if (far) {
                Arrays.fill(re, 0);
                Arrays.fill(im, 0);
                local(level, ix, iy, re, im);
                evaluateLocal(re, im, re.length);
            }
            SourceTerms near = nearSources(ix, iy);
            for (int j = jFirst; j < j1; j++) {
                row((j - grid.firstRow()) * columns, i0, i1, (j - j0) * tree.tileX - i0, far, near);
            }
        }

        /**
         * The wanted nodes first + i0 to first + i1 - 1 of one row of a tile: the local expansion's
         * value (far: farRe, farIm at index i + t) plus the near sum, if any.
         */
        private void row(int first, int i0, int i1, int t, boolean far, SourceTerms near) {
            for (int i = i0; i < i1; i++) {
                int node = first + i;
                if (sums[node] != set) {
                    continue;
                }
                double vRe = far ? farRe[t + i] : 0;
                double vIm = far ? farIm[t + i] : 0;
                if (near != null) {
                    sum.at(near, grid.xOf(node), grid.yOf(node), value);
                    vRe += value[0];
                    vIm += value[1];
                }
                outRe[node] = vRe;
                outIm[node] = vIm;
            }
        }

        /**
         * The local expansion (re, im) at every node of the tile, into farRe, farIm: one term at a
         * time over all the nodes (the basis table is stored term by term), a loop without a
         * reduction that the JIT vectorizes; each node's terms are still added in order n = -p..p.
         */
        private void evaluateLocal(double[] re, double[] im, int width) {
            int tiles = farRe.length;
            Arrays.fill(farRe, 0);
            Arrays.fill(farIm, 0);
            double[] bRe = plan.basisRe;
            double[] bIm = plan.basisIm;
            for (int n = 0; n < width; n++) {
                double lr = re[n];
                double li = im[n];
                int row = n * tiles;
                for (int t = 0; t < tiles; t++) {
                    double br = bRe[row + t];
                    double bi = bIm[row + t];
                    farRe[t] += lr * br - li * bi;
                    farIm[t] += lr * bi + li * br;
                }
            }
        }

        private boolean anyWanted(int i0, int i1, int j0, int j1) {
            int columns = grid.nx() + 1;
            for (int j = j0; j < j1; j++) {
                for (int i = i0; i < i1; i++) {
                    if (sums[(j - grid.firstRow()) * columns + i] == set) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The sources of the 3 x 3 leaves around leaf (ix, iy), in leaf order, or null if none. */
        private SourceTerms nearSources(int ix, int iy) {
            int level = tree.levels;
            int count = 0;
            int[] boxes = new int[9];
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int box = tree.sourceBox(level, ix + dx, iy + dy);
                    boxes[(dy + 1) * 3 + dx + 1] = box;
                    if (box >= 0) {
                        count += tree.leafStart[box + 1] - tree.leafStart[box];
                    }
                }
            }
            if (count == 0) {
                return null;
            }
            int[] indices = new int[count];
            int at = 0;
            for (int box : boxes) {
                if (box >= 0) {
                    for (int j = tree.leafStart[box]; j < tree.leafStart[box + 1]; j++) {
                        indices[at++] = j;
                    }
                }
            }
            return plan.sorted.select(indices);
        }
    }
}
