package scatter.physics.exact.system;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Incident;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.CurveLocator;
import scatter.physics.exact.curve.Fft;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * The Nyström system of several obstacles of which some have corners: one density per boundary,
 * the unknowns the boundaries' points in obstacle order, row i of boundary b that boundary's own
 * equation plus, for every other boundary l, twice the outside value (soft) or normal derivative
 * (hard) at z_i of l's scattered field.
 *
 * <p><b>Diagonal blocks</b>: each boundary's own discretisation, as when it is alone: a smooth
 * curve's Kress system on its equispaced points ({@link SoftSystem}, {@link HardSystem}), a boundary
 * with corners its {@link CornerSystem} on its graded points. So each boundary keeps its own
 * representation of its scattered field: soft, u_l = DL phi_l - i eta SL phi_l for both kinds; hard,
 * u_l = DL phi_l - i eta SL phi_l on a smooth curve, u_l = SL phi_l + i eta DL S_rho phi_l on one with
 * corners (Kress's regularised formulation, {@link CornerSystem}). Every row is twice the boundary
 * value of the whole scattered field (soft) or of its normal derivative (hard), so the sum of the
 * fields meets the condition on every boundary.
 *
 * <p><b>Off-diagonal blocks</b>: the smooth kernels of {@link CrossKernel} with the trapezoid weights
 * pi/n_l of l's points (graded points are a parametrisation like any other: z', |z'| and the weight
 * pi/n of the graded parameter). Soft: {@link CrossKernel#fill} for either kind of l. Hard against a
 * boundary with corners: w L' phi + i eta (w H/|z'_i|) S_rho phi ({@link CrossKernel#fillParts}), the
 * double layer's row times l's real S_rho formed per row (2 N_l^2 flops a row).
 *
 * <p><b>Close boundaries</b>: a row whose point is within {@link CurveLocator#NEAR_SPACINGS} spacings
 * of a smooth l takes its block against l on l refined, as {@link BlockSystem} does (the trigonometric
 * interpolant of l's density, formed by FFT). Against a boundary with corners, per side
 * ({@link #refineSides}): a row within {@link CurveLocator#NEAR_SPACINGS} of the side's largest spacing
 * takes its entries against that side on m times its points, the weighted density's trigonometric
 * interpolant in the side's tau (docs/exact.md, "Several obstacles with corners").
 *
 * <p>Each entry depends on its row and column only, so the matrix is the same whatever the row ranges
 * and threads. Built on the calling thread, except each corner block's own assembly, on the runner.
 */
final class CornerBlockSystem {
    final List<ObstacleShape> shapes;
    private final BoundaryCondition condition;
    private final Incident wave;
    private final double eta;
    /** First unknown of each boundary, and the total at the end. */
    final int[] offset;
    final int total;
    /** Each boundary's points: positions, z', |z'|, and n (weight pi/n). */
    private final double[][] x;
    private final double[][] y;
    private final double[][] dx;
    private final double[][] dy;
    private final double[][] speed;
    private final int[] half;
    /** Smooth boundaries' points and systems; null for boundaries with corners. */
    final BoundaryPoints[] smooth;
    private final NystromSystem[] diagonal;
    /** Graded points of boundaries with corners, their own blocks and (hard) S_rho; null for smooth ones. */
    final PolygonBoundary.Points[] graded;
    private final ZMatrixRMaj[] own;
    final DMatrixRMaj[] sRho;
    /** Right-hand sides of the boundaries with corners. */
    private final ZMatrixRMaj[] cornerRhs;
    /** Refinement level log2(m) of row g's block against smooth boundary l, 0 for the plain rule: [g][l]. */
    private final byte[][] level;
    private final BlockSystem.Refined[][] refined;
    private final Fft[][] ffts;
    /**
     * Against a boundary l with corners: refinement level log2(m) of row g's entries against side c,
     * [l][g][c] (0 the plain rule); null for smooth l.
     */
    private final byte[][][] sideLevel;
    /** Boundary l with corners on m times its points per side, [l][level], where some row needs it. */
    private final PolygonBoundary.Points[][] finer;
    /** FFTs of each side's size and its refinements, [l][c][level]. */
    private final Fft[][][] sideFfts;

    /**
     * @param counts each smooth boundary's half count n (2n points), or each boundary with corners' points
     *     per unit share of a side
     */
    CornerBlockSystem(List<ObstacleShape> shapes, int[] counts, Incident wave, BoundaryCondition condition, double eta,
            RowRunner rows) throws InterruptedException {
        int count = shapes.size();
        this.shapes = List.copyOf(shapes);
        this.condition = condition;
        this.wave = wave;
        this.eta = eta;
        x = new double[count][];
        y = new double[count][];
        dx = new double[count][];
        dy = new double[count][];
        speed = new double[count][];
        half = new int[count];
        smooth = new BoundaryPoints[count];
        diagonal = new NystromSystem[count];
        graded = new PolygonBoundary.Points[count];
        own = new ZMatrixRMaj[count];
        sRho = new DMatrixRMaj[count];
        cornerRhs = new ZMatrixRMaj[count];
        offset = new int[count + 1];
        for (int b = 0; b < count; b++) {
            ObstacleShape shape = shapes.get(b);
            if (shape.curve() != null) {
                BoundaryPoints p = BoundaryPoints.of(shape.curve(), counts[b]);
                smooth[b] = p;
                diagonal[b] = condition.system(p, new KressWeights(counts[b]), wave, eta);
                x[b] = p.x;
                y[b] = p.y;
                dx[b] = p.dx;
                dy[b] = p.dy;
                speed[b] = p.speed;
                half[b] = p.n;
            } else {
                PolygonBoundary.Points p = shape.polygon().points(counts[b]);
                graded[b] = p;
                x[b] = p.x;
                y[b] = p.y;
                dx[b] = p.dx;
                dy[b] = p.dy;
                speed[b] = p.speed;
                half[b] = p.n;
            }
            offset[b + 1] = offset[b] + x[b].length;
        }
        total = offset[count];
        int largest = 0;
        for (int b = 0; b < count; b++) {
            if (graded[b] != null) {
                largest = Math.max(largest, graded[b].count);
            }
        }
        // the whole matrix, and at most one corner block's own arrays besides it (and the S_rho kept)
        long bytes = 16L * total * total + (long) (condition == BoundaryCondition.SOFT ? 16 : CornerSystem.BYTES_PER_ENTRY
                + 8 * count) * largest * largest;
        rows.beforeSystem(total, (int) Math.max(16, (bytes + (long) total * total - 1) / ((long) total * total)));
        for (int b = 0; b < count; b++) {
            if (graded[b] == null) {
                continue;
            }
            CornerSystem system = new CornerSystem(shapes.get(b).polygon(), graded[b], wave.k(), eta);
            cornerRhs[b] = system.rightHandSide(IncidentData.of(wave), condition);
            if (condition == BoundaryCondition.SOFT) {
                own[b] = system.soft(rows);
            } else {
                CornerSystem.Hard hard = system.hard(rows);
                own[b] = hard.matrix();
                sRho[b] = hard.sRho();
            }
        }
        int levels = Integer.numberOfTrailingZeros(CurveLocator.MAX_REFINEMENT) + 1;
        level = new byte[total][count];
        boolean[][] needed = new boolean[count][levels];
        for (int l = 0; l < count; l++) {
            if (smooth[l] == null) {
                continue;
            }
            SmoothCurve curve = shapes.get(l).curve();
            double step = Math.PI / counts[l];
            CurveLocator locator = new CurveLocator(curve, smooth[l].count,
                    (CurveLocator.NEAR_SPACINGS + 1) * curve.maxSpeed() * step);
            double[] located = new double[7];
            double[] scratch = new double[6];
            for (int b = 0; b < count; b++) {
                if (b == l) {
                    continue;
                }
                for (int i = 0; i < x[b].length; i++) {
                    if (!locator.locate(x[b][i], y[b][i], located, scratch)) {
                        continue;
                    }
                    double spacing = Math.hypot(located[3], located[4]) * step;
                    double delta = located[5];
                    if (delta < CurveLocator.NEAR_SPACINGS * spacing) {
                        double ratio = CurveLocator.NEAR_SPACINGS * spacing / delta;
                        int lv = Math.min(levels - 1, 64 - Long.numberOfLeadingZeros((long) Math.ceil(ratio) - 1));
                        lv = Math.max(1, lv);
                        level[offset[b] + i][l] = (byte) lv;
                        needed[l][lv] = true;
                    }
                }
            }
        }
        sideLevel = new byte[count][][];
        finer = new PolygonBoundary.Points[count][levels];
        sideFfts = new Fft[count][][];
        for (int l = 0; l < count; l++) {
            if (graded[l] != null) {
                closeToCorners(l, counts[l], levels);
            }
        }
        refined = new BlockSystem.Refined[count][levels];
        ffts = new Fft[count][levels];
        for (int l = 0; l < count; l++) {
            if (smooth[l] == null) {
                continue;
            }
            ffts[l][0] = new Fft(smooth[l].count);
            for (int lv = 1; lv < levels; lv++) {
                if (needed[l][lv]) {
                    refined[l][lv] = BlockSystem.Refined.of(shapes.get(l).curve(), smooth[l].count << lv);
                    ffts[l][lv] = new Fft(smooth[l].count << lv);
                }
            }
        }
    }

    /**
     * The rows of other boundaries close to a side of boundary l (with corners), and the finer graded
     * points they need. A side's spacing h is the largest distance between its consecutive points
     * (corners included); a point's distance delta to the side is at least its distance to the nearest
     * of them less h (every point of the side is within h of one). Where delta &lt;
     * {@link CurveLocator#NEAR_SPACINGS} h, the row's entries against the side are formed on m = 2^ceil(log2(8h/delta))
     * times its points (at most {@link CurveLocator#MAX_REFINEMENT}; the cap where delta &lt;= 0).
     */
    private void closeToCorners(int l, int perSide, int levels) {
        PolygonBoundary.Points p = graded[l];
        PolygonBoundary polygon = shapes.get(l).polygon();
        int sides = p.sidePoints.length;
        double[] spacing = new double[sides];
        double[][] sx = new double[sides][];
        double[][] sy = new double[sides][];
        for (int c = 0; c < sides; c++) {
            int per = p.sidePoints[c];
            sx[c] = new double[per + 1];
            sy[c] = new double[per + 1];
            sx[c][0] = polygon.vertexX(c);
            sy[c][0] = polygon.vertexY(c);
            for (int j = 1; j < per; j++) {
                sx[c][j] = p.x[p.firstPoint[c] + j - 1];
                sy[c][j] = p.y[p.firstPoint[c] + j - 1];
            }
            sx[c][per] = polygon.vertexX((c + 1) % sides);
            sy[c][per] = polygon.vertexY((c + 1) % sides);
            for (int j = 0; j < per; j++) {
                spacing[c] = Math.max(spacing[c], Math.hypot(sx[c][j + 1] - sx[c][j], sy[c][j + 1] - sy[c][j]));
            }
        }
        byte[][] lv = new byte[total][];
        boolean[] needed = new boolean[levels];
        for (int b = 0; b < shapes.size(); b++) {
            if (b == l) {
                continue;
            }
            for (int i = 0; i < x[b].length; i++) {
                for (int c = 0; c < sides; c++) {
                    double near = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < sx[c].length; j++) {
                        near = Math.min(near, Math.hypot(x[b][i] - sx[c][j], y[b][i] - sy[c][j]));
                    }
                    double h = spacing[c];
                    double delta = near - h;
                    if (delta < CurveLocator.NEAR_SPACINGS * h) {
                        int level = levels - 1;
                        if (delta > 0) {
                            double ratio = CurveLocator.NEAR_SPACINGS * h / delta;
                            level = Math.max(1, Math.min(levels - 1,
                                    64 - Long.numberOfLeadingZeros((long) Math.ceil(ratio) - 1)));
                        }
                        if (lv[offset[b] + i] == null) {
                            lv[offset[b] + i] = new byte[sides];
                        }
                        lv[offset[b] + i][c] = (byte) level;
                        needed[level] = true;
                    }
                }
            }
        }
        sideLevel[l] = lv;
        sideFfts[l] = new Fft[sides][levels];
        for (int level = 1; level < levels; level++) {
            if (needed[level]) {
                finer[l][level] = polygon.points(perSide << level);
            }
        }
        for (int c = 0; c < sides; c++) {
            sideFfts[l][c][0] = new Fft(p.sidePoints[c]);
            for (int level = 1; level < levels; level++) {
                if (needed[level]) {
                    sideFfts[l][c][level] = new Fft(p.sidePoints[c] << level);
                }
            }
        }
    }

    /** Number of rows whose block against some other boundary is formed on a refined boundary. */
    int closeRows() {
        int rows = 0;
        for (int g = 0; g < total; g++) {
            boolean close = false;
            for (int l = 0; l < shapes.size(); l++) {
                close |= level[g][l] > 0 || sideLevel[l] != null && sideLevel[l][g] != null;
            }
            rows += close ? 1 : 0;
        }
        return rows;
    }

    /** Per-thread scratch. */
    private final class Scratch {
        private final NystromSystem.Row[] rows = new NystromSystem.Row[shapes.size()];
        private final CrossKernel cross = new CrossKernel(condition, wave.k(), eta);
        private double[] fine = new double[0];
        private double[] single = new double[0];
        private double[] dbl = new double[0];
        private double[] product = new double[0];
        private double[] sideA = new double[0];
        private double[] sideB = new double[0];
        private double[] coarse = new double[0];
        private final java.util.Map<Integer, double[][]> buffers = new java.util.HashMap<>();

        Scratch() {
            for (int b = 0; b < rows.length; b++) {
                rows[b] = smooth[b] == null ? null : new NystromSystem.Row(smooth[b].count);
            }
        }

        private void ensure(int count) {
            if (fine.length < 2 * count) {
                fine = new double[2 * count];
            }
        }

        private void ensureParts(int count) {
            if (single.length < 2 * count) {
                single = new double[2 * count];
                dbl = new double[2 * count];
                product = new double[2 * count];
            }
        }

        private void ensureSide(int count) {
            if (sideA.length < 2 * count) {
                sideA = new double[2 * count];
                sideB = new double[2 * count];
            }
        }

        private double[][] buffer(int size) {
            return buffers.computeIfAbsent(size, m -> new double[2][m]);
        }
    }

    /** Boundary b's |z'| at its points. */
    double[] speed(int b) {
        return speed[b];
    }

    /** The boundary that unknown g belongs to. */
    int boundaryOf(int g) {
        int b = 0;
        while (offset[b + 1] <= g) {
            b++;
        }
        return b;
    }

    /** Writes row g's total entries at data[at + 2c], data[at + 2c + 1], c = 0..total-1. */
    private void writeRow(int g, Scratch s, double[] data, int at) {
        int b = boundaryOf(g);
        int i = g - offset[b];
        if (smooth[b] != null) {
            diagonal[b].writeRow(i, s.rows[b], data, at + 2 * offset[b]);
        } else {
            int n = graded[b].count;
            System.arraycopy(own[b].data, 2 * i * n, data, at + 2 * offset[b], 2 * n);
        }
        CrossKernel.Target t = new CrossKernel.Target(x[b][i], y[b][i], dx[b][i], dy[b][i], speed[b][i]);
        for (int l = 0; l < shapes.size(); l++) {
            if (l == b) {
                continue;
            }
            int to = at + 2 * offset[l];
            int count = x[l].length;
            double w = Math.PI / half[l];
            if (smooth[l] != null) {
                int lv = level[g][l];
                if (lv == 0) {
                    s.cross.fill(t, x[l], y[l], dx[l], dy[l], speed[l], count, w, data, to);
                } else {
                    BlockSystem.Refined r = refined[l][lv];
                    s.ensure(r.count());
                    s.cross.fill(t, r.x(), r.y(), r.dx(), r.dy(), r.speed(), r.count(), 2 * Math.PI / r.count(), s.fine,
                            0);
                    BlockSystem.project(s.fine, s.buffer(r.count()), s.buffer(count), r.count(), ffts[l][lv], count,
                            ffts[l][0], data, to);
                }
            } else if (condition == BoundaryCondition.SOFT) {
                s.cross.fill(t, x[l], y[l], dx[l], dy[l], speed[l], count, w, data, to);
                if (sideLevel[l][g] != null) {
                    refineSides(l, g, t, s, data, to, null);
                }
            } else {
                s.ensureParts(count);
                s.cross.fillParts(t, x[l], y[l], dx[l], dy[l], speed[l], count, w, s.single, s.dbl);
                if (sideLevel[l][g] != null) {
                    refineSides(l, g, t, s, s.single, 0, s.dbl);
                }
                timesSRho(s.dbl, sRho[l], count, s.product);
                for (int j = 0; j < count; j++) {
                    // single + i eta (dbl S_rho)
                    data[to + 2 * j] = s.single[2 * j] - eta * s.product[2 * j + 1];
                    data[to + 2 * j + 1] = s.single[2 * j + 1] + eta * s.product[2 * j];
                }
            }
        }
    }

    /**
     * Replaces row g's entries against the sides of boundary l (with corners) that are close to it by
     * the rule on m times the side's points: on the side the weighted densities q = phi |z'| (and chi |z'|)
     * vanish at both corners to high order, so as functions of its tau extended by period 1 their
     * trigonometric interpolant from the side's P_c points (the corner's value 0 first) is accurate
     * (as {@code CornerCloseField} uses it for the field). With e_J the fine entries (weight pi/n_fine,
     * |z'_J| in them), the row acting on q is e_J/|z'_J| on the fine points, its block row
     * (e/|z'|) P by {@link BlockSystem#project}, and the entry of coarse point j that times |z'_j|.
     * Soft: the entries in data (from {@code at}); hard ({@code dbl} not null): the single layer's in
     * data, the double layer's in dbl (both from 0).
     */
    private void refineSides(int l, int g, CrossKernel.Target t, Scratch s, double[] data, int at, double[] dbl) {
        PolygonBoundary.Points p = graded[l];
        byte[] levels = sideLevel[l][g];
        for (int c = 0; c < levels.length; c++) {
            int lv = levels[c];
            if (lv == 0) {
                continue;
            }
            PolygonBoundary.Points f = finer[l][lv];
            int per = p.sidePoints[c];
            int fine = f.sidePoints[c];
            int first = f.firstPoint[c];
            int inner = fine - 1;
            double w = Math.PI / f.n;
            s.ensure(fine);
            s.ensureSide(fine);
            double[] sxArr = java.util.Arrays.copyOfRange(f.x, first, first + inner);
            double[] syArr = java.util.Arrays.copyOfRange(f.y, first, first + inner);
            double[] sdx = java.util.Arrays.copyOfRange(f.dx, first, first + inner);
            double[] sdy = java.util.Arrays.copyOfRange(f.dy, first, first + inner);
            double[] sspeed = java.util.Arrays.copyOfRange(f.speed, first, first + inner);
            if (dbl == null) {
                s.cross.fill(t, sxArr, syArr, sdx, sdy, sspeed, inner, w, s.sideA, 0);
                project(l, c, lv, s, s.sideA, sspeed, fine, per, data, at);
            } else {
                s.cross.fillParts(t, sxArr, syArr, sdx, sdy, sspeed, inner, w, s.sideA, s.sideB);
                project(l, c, lv, s, s.sideA, sspeed, fine, per, data, at);
                project(l, c, lv, s, s.sideB, sspeed, fine, per, dbl, 0);
            }
        }
    }

    /**
     * Side c's coarse entries (points 1..P_c - 1 of the side, at data[at + 2 (first_c + j - 1)]) from its
     * fine entries e (inner points 1..M - 1 at e[2(J - 1)]): the row e/|z'| with the corner's 0 first,
     * projected to P_c points, times the coarse |z'_j|.
     */
    private void project(int l, int c, int lv, Scratch s, double[] e, double[] fineSpeed, int fine, int per,
            double[] data, int at) {
        PolygonBoundary.Points p = graded[l];
        s.fine[0] = 0;
        s.fine[1] = 0;
        for (int j = 1; j < fine; j++) {
            s.fine[2 * j] = e[2 * (j - 1)] / fineSpeed[j - 1];
            s.fine[2 * j + 1] = e[2 * (j - 1) + 1] / fineSpeed[j - 1];
        }
        if (s.coarse.length < 2 * per) {
            s.coarse = new double[2 * per];
        }
        BlockSystem.project(s.fine, s.buffer(fine), s.buffer(per), fine, sideFfts[l][c][lv], per,
                sideFfts[l][c][0], s.coarse, 0);
        int first = p.firstPoint[c];
        for (int j = 1; j < per; j++) {
            int point = first + j - 1;
            data[at + 2 * point] = s.coarse[2 * j] * p.speed[point];
            data[at + 2 * point + 1] = s.coarse[2 * j + 1] * p.speed[point];
        }
    }

    /** out = v S (v a complex row of count entries, S real count x count row-major), in a fixed order. */
    private static void timesSRho(double[] v, DMatrixRMaj m, int count, double[] out) {
        java.util.Arrays.fill(out, 0, 2 * count, 0);
        double[] a = m.data;
        for (int r = 0; r < count; r++) {
            double re = v[2 * r];
            double im = v[2 * r + 1];
            int row = r * count;
            for (int j = 0; j < count; j++) {
                double e = a[row + j];
                out[2 * j] += re * e;
                out[2 * j + 1] += im * e;
            }
        }
    }

    /**
     * Writes rows [from, to) of the total x total matrix.
     *
     * @throws InterruptedException if the thread is interrupted (checked between rows)
     */
    void assembleRows(int from, int to, ZMatrixRMaj matrix) throws InterruptedException {
        Scratch s = new Scratch();
        for (int g = from; g < to; g++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            writeRow(g, s, matrix.data, 2 * g * total);
        }
    }

    /** The boundaries' right-hand sides in order, total x 1: -2 u_inc (soft) or -2 du_inc/dnu (hard). */
    ZMatrixRMaj rightHandSide() {
        ZMatrixRMaj f = new ZMatrixRMaj(total, 1);
        for (int b = 0; b < shapes.size(); b++) {
            double[] part = smooth[b] != null ? diagonal[b].rightHandSide().data : cornerRhs[b].data;
            System.arraycopy(part, 0, f.data, 2 * offset[b], part.length);
        }
        return f;
    }

    /** Releases the corner blocks' own matrices once the whole matrix is assembled (S_rho is kept). */
    void dropOwnBlocks() {
        java.util.Arrays.fill(own, null);
    }
}
