package scatter.physics.exact.system;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Incident;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.curve.PolygonBoundary;

/**
 * Solves the boundary equations of several obstacles of which some have corners as one system
 * ({@link CornerBlockSystem}) on a growing number of points.
 *
 * <p><b>Points.</b> A smooth obstacle starts from its own count ({@link BoundarySolver#startPoints()}),
 * one with corners from its own points per side ({@link CornerSolution#startPerSide}); every level
 * doubles every obstacle's points (the densities converge algebraically at the corners, and each
 * obstacle's error reaches the others through the coupling, so no obstacle's count can be kept while
 * another's doubles without its change then measuring only the others').
 *
 * <p><b>Changes and estimate.</b> Per obstacle, its change from the level before: the largest change of
 * its weighted density q = psi |z'| over the points common to both levels (every other fine point; on a
 * boundary with corners point j of a side on P points is point 2j on 2P, as in {@link CornerSolution#change}),
 * relative to the largest |q| of all obstacles (beside a source inside another obstacle a density vanishes,
 * and its rounding measured against itself would never settle). From the third level on, each obstacle's estimated error
 * is {@link CornerSolution#estimate} of its last two changes (the geometric tail of an algebraic
 * convergence, at least {@value CornerSolution#ROUNDING_ERROR}): a smooth obstacle's density, exponentially
 * convergent alone, carries the corners' algebraic error through the coupling. It stops at the first
 * level where every estimate is below the tolerance.
 *
 * <p><b>Refusals</b> ({@link NotConvergedException}): the next level would exceed the most points in
 * all; every estimate not below the tolerance is at the rounding floor {@value CornerSolution#ROUNDING_ERROR},
 * which the tolerance does not exceed; or an obstacle whose estimate is not yet met has changes below
 * {@value CornerSolution#LEVELS_OFF_BELOW} that stopped falling (the next at least half the last): its accuracy has levelled off (its levelled-off
 * change given).
 *
 * <p><b>Coupling.</b> One eta for all: {@link Coupling#eta} at the smallest obstacle's
 * {@link ObstacleShape#radius()}, as {@link ObstacleSolver} takes it.
 */
public final class CornerObstacleSolver {
    private final List<ObstacleShape> shapes;
    private final Incident wave;
    private final BoundaryCondition condition;
    private final int maxPoints;
    private final double eta;

    /**
     * The solution: each obstacle's boundary solution ({@link BoundarySolution} or {@link CornerSolution}),
     * in order, every level solved (total points, worst change and estimate), and the close rows of the last.
     */
    public record Result(List<SolvedBoundary> solutions, List<BoundarySolution.Level> levels, int closeRows) {
    }

    public CornerObstacleSolver(List<ObstacleShape> shapes, Incident wave, BoundaryCondition condition, int maxPoints) {
        this.shapes = List.copyOf(shapes);
        this.wave = wave;
        this.condition = condition;
        this.maxPoints = maxPoints;
        double smallest = Double.POSITIVE_INFINITY;
        for (ObstacleShape s : shapes) {
            smallest = Math.min(smallest, s.radius());
        }
        this.eta = Coupling.eta(wave.k(), smallest);
    }

    /** The coupling eta, one for every boundary. */
    public double eta() {
        return eta;
    }

    /**
     * Each obstacle's start: a smooth curve's half count n (it starts on 2n points), or the points per
     * unit share of a side of one with corners.
     */
    int[] start() {
        int[] start = new int[shapes.size()];
        for (int b = 0; b < start.length; b++) {
            ObstacleShape s = shapes.get(b);
            start[b] = s.curve() != null ? new BoundarySolver(s.curve(), wave, condition, maxPoints).startPoints() / 2
                    : CornerSolution.startPerSide(s.polygon(), wave.k());
        }
        return start;
    }

    /** The points in all at these counts ({@link #start()}'s kind). */
    int points(int[] counts) {
        int sum = 0;
        for (int b = 0; b < counts.length; b++) {
            ObstacleShape s = shapes.get(b);
            sum += s.curve() != null ? 2 * counts[b] : CornerSolution.points(s.polygon(), counts[b]);
        }
        return sum;
    }

    /** Each smooth curve's checks of {@link BoundarySolver#check}, in order. */
    public void check(Resolution resolution) {
        for (ObstacleShape s : shapes) {
            if (s.curve() != null) {
                new BoundarySolver(s.curve(), wave, condition, maxPoints).check(resolution);
            }
        }
    }

    /**
     * Solves, doubling every obstacle's points from its start until every estimate is below the
     * tolerance (the caller has checked the curves and that the obstacles are apart).
     *
     * @throws IllegalArgumentException for a fixed count of points
     * @throws NotConvergedException as the class comment says; its points the total
     */
    public Result solve(Resolution resolution, RowRunner rows) throws InterruptedException {
        if (resolution.isFixed()) {
            throw new IllegalArgumentException("the points of a boundary with corners are chosen by the tolerance");
        }
        double tolerance = resolution.tolerance();
        int count = shapes.size();
        int[] counts = start();
        if (points(doubled(doubled(counts))) > maxPoints) {
            // three levels, start to four times it, show the order the estimate needs
            throw new NotConvergedException(points(counts), Double.NaN, Double.NaN, tolerance);
        }
        List<BoundarySolution.Level> totals = new ArrayList<>();
        List<List<BoundarySolution.Level>> levels = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            levels.add(new ArrayList<>());
        }
        Solved previous = solveAt(counts, rows);
        record(previous, counts, null, null, levels, totals);
        double[] lastChange = filled(count, Double.NaN);
        while (true) {
            int[] next = doubled(counts);
            if (points(next) > maxPoints) {
                throw new NotConvergedException(points(counts), max(lastChange), Double.NaN, tolerance);
            }
            Solved fine = solveAt(next, rows);
            double[] change = fine.changes(previous);
            double[] estimate = filled(count, Double.NaN);
            for (int b = 0; b < count; b++) {
                if (!Double.isNaN(lastChange[b])) {
                    estimate[b] = CornerSolution.estimate(lastChange[b], change[b]);
                }
            }
            counts = next;
            record(fine, counts, change, estimate, levels, totals);
            boolean done = true;
            for (int b = 0; b < count; b++) {
                done &= estimate[b] < tolerance;
            }
            if (done) {
                return new Result(fine.solutions(change, estimate, levels), List.copyOf(totals),
                        fine.system.closeRows());
            }
            boolean floor = true;
            for (int b = 0; b < count; b++) {
                floor &= estimate[b] < tolerance || estimate[b] <= CornerSolution.ROUNDING_ERROR;
            }
            if (floor) {
                // every estimate met or at its floor, which the tolerance does not exceed: more points cannot help
                throw new NotConvergedException(points(counts), max(change), max(estimate), tolerance, Double.NaN,
                        CornerSolution.ROUNDING_ERROR);
            }
            for (int b = 0; b < count; b++) {
                if (!(estimate[b] < tolerance) && lastChange[b] < CornerSolution.LEVELS_OFF_BELOW
                        && !(change[b] < 0.5 * lastChange[b])) {
                    // small changes that stopped falling: more points do not make this density more accurate
                    throw new NotConvergedException(points(counts), change[b], Double.NaN, tolerance, lastChange[b]);
                }
            }
            lastChange = change;
            previous = fine;
        }
    }

    private void record(Solved s, int[] counts, double[] change, double[] estimate,
            List<List<BoundarySolution.Level>> levels, List<BoundarySolution.Level> totals) {
        int count = shapes.size();
        for (int b = 0; b < count; b++) {
            levels.get(b).add(new BoundarySolution.Level(s.system.offset[b + 1] - s.system.offset[b],
                    change == null ? Double.NaN : change[b], estimate == null ? Double.NaN : estimate[b],
                    s.assemblyNanos, s.factorNanos));
        }
        totals.add(new BoundarySolution.Level(points(counts), change == null ? Double.NaN : max(change),
                estimate == null ? Double.NaN : max(estimate), s.assemblyNanos, s.factorNanos));
    }

    /** The solution on one set of counts, its system and what it cost. */
    private final class Solved {
        final CornerBlockSystem system;
        final double[] values;
        final long assemblyNanos;
        final long factorNanos;

        Solved(CornerBlockSystem system, double[] values, long assemblyNanos, long factorNanos) {
            this.system = system;
            this.values = values;
            this.assemblyNanos = assemblyNanos;
            this.factorNanos = factorNanos;
        }

        /** Obstacle b's density, interleaved re, im. */
        double[] density(int b) {
            return java.util.Arrays.copyOfRange(values, 2 * system.offset[b], 2 * system.offset[b + 1]);
        }

        /** Obstacle b's density {re, im}. */
        double[][] split(int b) {
            double[] v = density(b);
            double[][] psi = new double[2][v.length / 2];
            for (int j = 0; j < psi[0].length; j++) {
                psi[0][j] = v[2 * j];
                psi[1][j] = v[2 * j + 1];
            }
            return psi;
        }

        /**
         * Each obstacle's change from the coarser solution (see the class comment): the largest change
         * of its weighted density q = psi |z'| over the common points, relative to the largest |q| of all
         * obstacles.
         */
        double[] changes(Solved coarser) {
            int count = shapes.size();
            double[] diff = new double[count];
            double largest = 0;
            double[] own = new double[count];   // each obstacle's largest |q|
            for (int b = 0; b < count; b++) {
                double[] fine = density(b);
                double[] coarse = coarser.density(b);
                double[] speed = system.speed(b);
                for (int j = 0; j < speed.length; j++) {
                    own[b] = Math.max(own[b], speed[j] * Math.hypot(fine[2 * j], fine[2 * j + 1]));
                }
                largest = Math.max(largest, own[b]);
                if (system.smooth[b] != null) {
                    // point j of n is point 2j of 2n, at the same t: the same |z'|
                    for (int j = 0; j < coarse.length / 2; j++) {
                        diff[b] = Math.max(diff[b], speed[2 * j] * Math.hypot(fine[4 * j] - coarse[2 * j],
                                fine[4 * j + 1] - coarse[2 * j + 1]));
                    }
                } else {
                    PolygonBoundary.Points f = system.graded[b];
                    PolygonBoundary.Points c = coarser.system.graded[b];
                    for (int side = 0; side < f.sidePoints.length; side++) {
                        // point j of a side on P points (tau = j/P) is point 2j on 2P
                        for (int j = 1; j < c.sidePoints[side]; j++) {
                            int a = f.firstPoint[side] + 2 * j - 1;
                            int e = c.firstPoint[side] + j - 1;
                            double re = f.speed[a] * fine[2 * a] - c.speed[e] * coarse[2 * e];
                            double im = f.speed[a] * fine[2 * a + 1] - c.speed[e] * coarse[2 * e + 1];
                            diff[b] = Math.max(diff[b], Math.hypot(re, im));
                        }
                    }
                }
            }
            double[] change = new double[count];
            for (int b = 0; b < count; b++) {
                change[b] = diff[b] / largest;
            }
            return change;
        }

        CornerSolution corner(int b, List<BoundarySolution.Level> levels, double change, double estimate) {
            return CornerSolution.among(shapes.get(b).polygon(), system.graded[b], condition, wave.k(), eta, density(b),
                    system.sRho[b], levels, change, estimate);
        }

        List<SolvedBoundary> solutions(double[] change, double[] estimate, List<List<BoundarySolution.Level>> levels) {
            List<SolvedBoundary> out = new ArrayList<>();
            for (int b = 0; b < shapes.size(); b++) {
                if (system.smooth[b] != null) {
                    double[][] psi = split(b);
                    out.add(new BoundarySolution(shapes.get(b).curve(), wave, condition, eta, system.smooth[b], psi[0],
                            psi[1], levels.get(b)));
                } else {
                    out.add(corner(b, levels.get(b), change[b], estimate[b]));
                }
            }
            return out;
        }
    }

    private Solved solveAt(int[] counts, RowRunner rows) throws InterruptedException {
        long start = System.nanoTime();
        CornerBlockSystem system = new CornerBlockSystem(shapes, counts, wave, condition, eta, rows);
        int total = system.total;
        ZMatrixRMaj matrix = new ZMatrixRMaj(total, total);
        rows.forRows(total, (from, to) -> system.assembleRows(from, to, matrix));
        system.dropOwnBlocks();
        ZMatrixRMaj b = system.rightHandSide();
        long assembled = System.nanoTime();
        DenseSolve.Solved dense = DenseSolve.solve(matrix, b, rows);
        long solved = System.nanoTime();
        return new Solved(system, dense.x(), assembled - start, solved - assembled);
    }

    private static int[] doubled(int[] counts) {
        int[] next = new int[counts.length];
        for (int b = 0; b < next.length; b++) {
            next[b] = 2 * counts[b];
        }
        return next;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Double.isNaN(x) || Double.isNaN(m) ? Double.NaN : Math.max(m, x);
        }
        return m;
    }

    private static double[] filled(int count, double value) {
        double[] v = new double[count];
        java.util.Arrays.fill(v, value);
        return v;
    }
}
