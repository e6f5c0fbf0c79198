package scatter.physics.exact.system;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Incident;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.Fourier;
import scatter.physics.exact.curve.ObstacleSeparation;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * Solves the boundary integral equations of several obstacles as one system ({@link BlockSystem})
 * on a growing number of points, as {@link BoundarySolver} does for one.
 *
 * <p><b>Points.</b> Each obstacle starts from its own count ({@link BoundarySolver#startPoints()}:
 * 4 per wavelength of its perimeter, at least 64, above twice its highest mode); all counts double
 * once, then each level doubles the obstacles whose density still changed by the tolerance or more
 * (max_j |psi_new(s_j) - psi_old(s_j)| / max |psi_new| over that obstacle's common points, or over
 * {@value #SMALLEST_SHARE} of the largest |psi| of all where the obstacle's own is smaller), or,
 * once none did, those whose estimated error is above the tolerance and its rounding floor. The
 * others keep their count, and their change is then how much the others' refinement moved them.
 * It stops when every obstacle's change is below the tolerance and every estimate is below it or at
 * its floor; the estimate is of the whole system, so an obstacle kept at its count is checked
 * with the others. Doubling only what has not settled spends the points where the density needs
 * them: an ellipse beside the star stops at 256 + 512 points, where doubling both would take
 * 512 + 512 and an LU 2.4 times as long (obstacles of one kind settle together: the two cylinders
 * with a gap of 0.005 go to 2048 + 2048, hard, the smaller one changing the more at every level).
 * A fixed count N gives every obstacle N points (solved at N/2 and N).
 * The total is at most {@link BoundarySolver#MAX_POINTS}.
 *
 * <p><b>Error estimate.</b> The defect correction of {@link BoundarySolver#errorEstimate}, on the
 * whole system: delta = A_N^{-1} (f - [A_2N I psi_N] at the N points), I each boundary's
 * trigonometric interpolation onto twice its points; per obstacle {@value BoundarySolver#ESTIMATE_SAFETY}
 * max |delta_b| / max |psi_b|, at least the rounding floor max(5e-14, 2 eps k L) with L the
 * total length of the boundaries (the kernel's phase between boundaries carries the positions'
 * rounding as within one).
 *
 * <p><b>Coupling.</b> One eta for the whole configuration: max(k, 1/(2 R0)) with R0 the smallest
 * obstacle's {@link SmoothCurve#radius()} ({@link Coupling}). The low-frequency degeneracy that
 * the floor 1/(2 R0) cures is each boundary's own (its constants' eigenvalue); the smallest obstacle
 * reaches it first as k falls, and a larger eta leaves the larger obstacles' eta R0 above
 * 1/2 ({@link Coupling}'s table has both conditions well conditioned for eta a from 1/4 to 1; at
 * long wavelengths against obstacles of very different sizes the larger get eta R0 well above 1,
 * where the soft equation's conditioning grows with it: not measured). For one obstacle it is that
 * obstacle's eta.
 */
public final class ObstacleSolver {
    private final List<SmoothCurve> curves;
    private final Incident wave;
    private final BoundaryCondition condition;
    private final int maxPoints;
    private final double eta;

    /** The solution: each obstacle's density, and every level solved (total points, worst change and estimate). */
    public record Result(List<BoundarySolution> solutions, List<BoundarySolution.Level> levels, int closeRows) {
    }

    public ObstacleSolver(List<SmoothCurve> curves, Incident wave, BoundaryCondition condition, int maxPoints) {
        this.curves = List.copyOf(curves);
        this.wave = wave;
        this.condition = condition;
        this.maxPoints = maxPoints;
        double smallest = Double.POSITIVE_INFINITY;
        for (SmoothCurve c : curves) {
            smallest = Math.min(smallest, c.radius());
        }
        this.eta = Coupling.eta(wave.k(), smallest);
    }

    double eta() {
        return eta;
    }

    /** Each obstacle's start count ({@link BoundarySolver#startPoints()}). */
    int[] startPoints() {
        int[] start = new int[curves.size()];
        for (int b = 0; b < start.length; b++) {
            start[b] = new BoundarySolver(curves.get(b), wave, condition, maxPoints).startPoints();
        }
        return start;
    }

    /** Each curve's checks of {@link BoundarySolver#check}, in order. */
    public void check(Resolution resolution) {
        for (SmoothCurve c : curves) {
            new BoundarySolver(c, wave, condition, maxPoints).check(resolution);
        }
    }

    /** Solves (the caller has made the checks: {@link #check}, {@link ObstacleSeparation}). */
    public Result solve(Resolution resolution, RowRunner rows) throws InterruptedException {
        int count = curves.size();
        // counts[b] = 2n of obstacle b at the coarser of the two latest solutions
        int[] counts = resolution.isFixed() ? filled(count, resolution.points() / 2) : startPoints();
        List<List<BoundarySolution.Level>> levels = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            levels.add(new ArrayList<>());
        }
        List<BoundarySolution.Level> totals = new ArrayList<>();
        if (resolution.isFixed() && (long) resolution.points() * count > maxPoints) {
            throw new IllegalArgumentException(resolution.points() + " boundary points for each of " + count
                    + " obstacles is " + (long) resolution.points() * count + " in all, above the most, " + maxPoints);
        }
        if (2 * sum(counts) > maxPoints) {
            // the obstacles' start counts alone leave no room for the doubling that checks them
            throw new NotConvergedException(sum(counts), Double.NaN, Double.NaN, resolution.tolerance());
        }
        Solved coarse = solveAt(counts, rows);
        for (int b = 0; b < count; b++) {
            levels.get(b).add(new BoundarySolution.Level(counts[b], Double.NaN, Double.NaN, coarse.assemblyNanos,
                    coarse.factorNanos));
        }
        totals.add(new BoundarySolution.Level(sum(counts), Double.NaN, Double.NaN, coarse.assemblyNanos,
                coarse.factorNanos));
        boolean[] grow = new boolean[count];
        java.util.Arrays.fill(grow, true);
        while (true) {
            coarse.lu = null;
            for (int b = 0; b < count; b++) {
                counts[b] *= grow[b] ? 2 : 1;
            }
            Solved fine = solveAt(counts, rows);
            double[] change = new double[count];
            boolean settled = true;
            double floor = SMALLEST_SHARE * fine.largest();
            for (int b = 0; b < count; b++) {
                change[b] = change(fine.density(b), coarse.density(b), floor);
                settled &= change[b] < resolution.tolerance();
            }
            double[] estimate = filled(count, Double.NaN);
            long estimateNanos = 0;
            if (resolution.isFixed() || settled) {
                long start = System.nanoTime();
                estimate = errorEstimate(fine, rows);
                estimateNanos = System.nanoTime() - start;
            }
            boolean done = true;
            for (int b = 0; b < count; b++) {
                levels.get(b).add(new BoundarySolution.Level(counts[b], change[b], estimate[b],
                        fine.assemblyNanos + estimateNanos, fine.factorNanos));
                done &= change[b] < resolution.tolerance()
                        && (estimate[b] < resolution.tolerance() || estimate[b] <= roundingError());
            }
            totals.add(new BoundarySolution.Level(sum(counts), max(change), max(estimate),
                    fine.assemblyNanos + estimateNanos, fine.factorNanos));
            if (resolution.isFixed() || done) {
                List<BoundarySolution> solutions = new ArrayList<>();
                for (int b = 0; b < count; b++) {
                    double[][] psi = fine.density(b);
                    solutions.add(new BoundarySolution(curves.get(b), wave, condition, eta, fine.system.points.get(b),
                            psi[0], psi[1], levels.get(b)));
                }
                return new Result(solutions, totals, fine.system.closeRows());
            }
            // double the obstacles whose density still changes, or (all settled) whose estimate is not met
            int next = 0;
            for (int b = 0; b < count; b++) {
                grow[b] = settled ? !(estimate[b] < resolution.tolerance() || estimate[b] <= roundingError())
                        : !(change[b] < resolution.tolerance());
                next += grow[b] ? 2 * counts[b] : counts[b];
            }
            if (next > maxPoints) {
                throw new NotConvergedException(sum(counts), max(change), max(estimate), resolution.tolerance());
            }
            coarse = fine;
        }
    }

    /** The solution on one set of counts, its system, what it cost, and its LU factors (until dropped). */
    private static final class Solved {
        final BlockSystem system;
        final double[] values;
        final long assemblyNanos;
        final long factorNanos;
        DenseSolve.Factors lu;

        Solved(BlockSystem system, double[] values, long assemblyNanos, long factorNanos,
                DenseSolve.Factors lu) {
            this.system = system;
            this.values = values;
            this.assemblyNanos = assemblyNanos;
            this.factorNanos = factorNanos;
            this.lu = lu;
        }

        /** The largest |psi| over every obstacle. */
        double largest() {
            double largest = 0;
            for (int g = 0; g < system.total; g++) {
                largest = Math.max(largest, Math.hypot(values[2 * g], values[2 * g + 1]));
            }
            return largest;
        }

        /** Obstacle b's density {re, im}. */
        double[][] density(int b) {
            int from = system.offset[b];
            int n = system.offset[b + 1] - from;
            double[][] psi = new double[2][n];
            for (int j = 0; j < n; j++) {
                psi[0][j] = values[2 * (from + j)];
                psi[1][j] = values[2 * (from + j) + 1];
            }
            return psi;
        }
    }

    private Solved solveAt(int[] counts, RowRunner rows) throws InterruptedException {
        rows.beforeSystem(sum(counts));
        long start = System.nanoTime();
        BlockSystem system = new BlockSystem(curves, halves(counts), wave, condition, eta);
        int total = system.total;
        ZMatrixRMaj matrix = new ZMatrixRMaj(total, total);
        rows.forRows(total, (from, to) -> system.assembleRows(from, to, matrix));
        ZMatrixRMaj b = system.rightHandSide();
        long assembled = System.nanoTime();
        DenseSolve.Solved dense = DenseSolve.solve(matrix, b, rows);
        long solved = System.nanoTime();
        return new Solved(system, dense.x(), assembled - start, solved - assembled, dense.lu());
    }

    /**
     * An obstacle whose density is below this share of the largest of all is judged at that share of
     * the largest ({@link #change(double[][], double[][], double)}, the error estimate): it adds as little
     * to the field, and beside a source inside another obstacle (the total field then vanishes outside
     * it) its density is rounding, whose relative change would never settle.
     */
    static final double SMALLEST_SHARE = 1e-2;

    /**
     * {@link #change(double[][], double[][])}, relative to {@code floor} rather than max |fine| where
     * that is smaller (the same number where it is not).
     */
    static double change(double[][] fine, double[][] coarse, double floor) {
        double c = change(fine, coarse);
        double largest = 0;
        for (int j = 0; j < fine[0].length; j++) {
            largest = Math.max(largest, Math.hypot(fine[0][j], fine[1][j]));
        }
        return largest >= floor ? c : c * largest / floor;
    }

    /**
     * max_j |fine(s_j) - coarse(s_j)| / max |fine| over the coarse points: every other fine point
     * where the obstacle's points doubled ({@link BoundarySolver#change}), every point where they
     * did not (then it is how much the other obstacles' refinement moved this density).
     */
    static double change(double[][] fine, double[][] coarse) {
        if (fine[0].length == 2 * coarse[0].length) {
            return BoundarySolver.change(fine, coarse);
        }
        double largest = 0;
        double diff = 0;
        for (int j = 0; j < fine[0].length; j++) {
            largest = Math.max(largest, Math.hypot(fine[0][j], fine[1][j]));
            diff = Math.max(diff, Math.hypot(fine[0][j] - coarse[0][j], fine[1][j] - coarse[1][j]));
        }
        return diff / largest;
    }

    /** Each obstacle's estimated relative error of the solution (see the class comment). */
    private double[] errorEstimate(Solved solved, RowRunner rows) throws InterruptedException {
        BlockSystem coarse = solved.system;
        int count = curves.size();
        int[] doubled = new int[count];
        for (int b = 0; b < count; b++) {
            doubled[b] = coarse.points.get(b).count;
        }
        BlockSystem finer = new BlockSystem(curves, doubled, wave, condition, eta);
        double[] x = new double[2 * finer.total];
        int[] rowOf = new int[coarse.total];
        for (int b = 0; b < count; b++) {
            double[][] psi = solved.density(b);
            double[][] fine = Fourier.values(Fourier.coefficients(psi[0], psi[1]), 0, 2 * psi[0].length);
            for (int j = 0; j < fine[0].length; j++) {
                x[2 * (finer.offset[b] + j)] = fine[0][j];
                x[2 * (finer.offset[b] + j) + 1] = fine[1][j];
            }
            for (int i = 0; i < psi[0].length; i++) {
                rowOf[coarse.offset[b] + i] = finer.offset[b] + 2 * i;
            }
        }
        double[] product = new double[2 * coarse.total];
        rows.forRows(coarse.total, (from, to) -> finer.multiplyRows(from, to, rowOf, x, product));
        double[] f = finer.rightHandSide().data;
        ZMatrixRMaj defect = new ZMatrixRMaj(coarse.total, 1);
        for (int r = 0; r < coarse.total; r++) {
            defect.data[2 * r] = f[2 * rowOf[r]] - product[2 * r];
            defect.data[2 * r + 1] = f[2 * rowOf[r] + 1] - product[2 * r + 1];
        }
        ZMatrixRMaj correction = new ZMatrixRMaj(coarse.total, 1);
        solved.lu.solve(defect, correction);
        double[] estimate = new double[count];
        double floor = SMALLEST_SHARE * solved.largest();
        for (int b = 0; b < count; b++) {
            double largest = 0;
            double size = 0;
            for (int g = coarse.offset[b]; g < coarse.offset[b + 1]; g++) {
                largest = Math.max(largest, Math.hypot(solved.values[2 * g], solved.values[2 * g + 1]));
                size = Math.max(size, Math.hypot(correction.data[2 * g], correction.data[2 * g + 1]));
            }
            double e = BoundarySolver.ESTIMATE_SAFETY * size / Math.max(largest, floor);
            estimate[b] = e >= roundingError() || Double.isNaN(e) ? e : roundingError();
        }
        return estimate;
    }

    /** max(5e-14, 2 eps k L), L the boundaries' total length. */
    double roundingError() {
        double length = 0;
        for (SmoothCurve c : curves) {
            length += c.perimeter();
        }
        return Math.max(BoundarySolver.ROUNDING_ERROR, BoundarySolver.ROUNDING_PER_RADIAN * wave.k() * length);
    }

    private static int[] halves(int[] counts) {
        int[] n = new int[counts.length];
        for (int b = 0; b < n.length; b++) {
            n[b] = counts[b] / 2;
        }
        return n;
    }

    private static int sum(int[] v) {
        int s = 0;
        for (int x : v) {
            s += x;
        }
        return s;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Double.isNaN(x) || Double.isNaN(m) ? Double.NaN : Math.max(m, x);
        }
        return m;
    }

    private static int[] filled(int count, int value) {
        int[] v = new int[count];
        java.util.Arrays.fill(v, value);
        return v;
    }

    private static double[] filled(int count, double value) {
        double[] v = new double[count];
        java.util.Arrays.fill(v, value);
        return v;
    }
}
