package scatter.physics.exact.system;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Incident;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.CurveTooFineException;
import scatter.physics.exact.curve.Fourier;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * Solves the boundary integral equation for the density on a growing number of points until it
 * stops changing (or on a fixed number), by dense complex LU ({@link DenseSolve}).
 *
 * <p><b>Doubling.</b> Starting from {@link #startPoints()} boundary points, the number 2n is doubled
 * until the change max_j |psi_2n(s_j) - psi_n(s_j)| / max_j |psi_2n(s_j)|, over the points the two
 * have in common, and the finer solution's estimated error ({@link #errorEstimate}) are both below
 * the tolerance, or the change is and the estimate is at its rounding floor (more points cannot
 * lower it; the caller warns if it is above the tolerance); the finer solution is kept. The change measures the coarser solution's error, not
 * the finer one's: Kress's quadrature converges exponentially (faster, once the density's band is
 * resolved) for an analytic boundary, so the finer one is usually far better; its own estimate
 * says by how much, and guards the stop against two poor solutions that happen to agree. A fixed
 * count N solves at N/2 and N (the change is still reported) and estimates the error at N.
 *
 * <p><b>The error estimate</b> is the defect correction of the Nyström solution (K. E. Atkinson, The
 * Numerical Solution of Integral Equations of the Second Kind, Cambridge 1997, section 4.1:
 * psi - psi_N = A_N^{-1} (A_N - A) psi), with the system on twice as many points in place of the
 * exact operator A: delta = A_N^{-1} (f - [A_2N I psi_N] at the N points), I the trigonometric
 * interpolation onto the 2N points. Against an independent implementation (docs/exact.md) delta
 * is within a factor 0.5 to 1.3 of the true error wherever that is above rounding; the estimate is
 * {@value #ESTIMATE_SAFETY} max |delta| / max |psi_N|, and at least the rounding error of a converged
 * solution ({@link #roundingError()}: 5e-14, more for the shortest wavelengths). It
 * costs the rows of the 2N system at the N points (twice the assembly at N, no matrix kept) and
 * one solve with the LU factors at hand.
 *
 * <p><b>Cost.</b> The matrix has (2n)^2 complex entries, 16 (2n)^2 bytes, 1 GiB at {@link #MAX_POINTS};
 * the LU factors it in place ({@link DenseSolve}), so there is no second copy. Assembly is O(n^2),
 * the LU (8/3)(2n)^3 flops, both spread over threads by the caller's {@link RowRunner}. The error
 * estimate at {@link #MAX_POINTS} needs the curve at twice as many points ({@link SmoothCurve#MAX_POINTS}),
 * the rows of that system one at a time, no second matrix.
 */
public final class BoundarySolver {
    /**
     * Most boundary points: the matrix at 8192 points takes 1 GiB (factored in place), and its LU
     * about 1.5e12 flops, tens of seconds on two cores (docs/performance.md). Whether a level fits
     * in the Java heap is checked before it is allocated ({@link RowRunner#beforeSystem}).
     */
    public static final int MAX_POINTS = SmoothCurve.MAX_SOLUTION_POINTS;
    /**
     * Highest Fourier mode of a curve the doubling can resolve: N points carry the modes |m| &lt; N/2,
     * so the first level must be above 2B points and the second, which checks it, within the cap.
     */
    public static final int MAX_BANDWIDTH = MAX_POINTS / 4 - 1;
    /**
     * A fixed count of points must carry every Fourier mode of the curve above this fraction of its
     * largest coefficient: the modes below it move the curve by less than 1e-8 of its size, far
     * below the errors a fixed count is asked to show; a larger one, aliased onto the points, gives
     * the discretisation another curve (R ripples on R points put every point on a crest).
     */
    static final double FIXED_COUNT_MODES = 1e-8;
    /** Fewest points the doubling starts from. */
    public static final int MIN_START = 64;
    /**
     * Points per wavelength of perimeter to start from: well below the 20 to 40 that the tolerance
     * needs, so that the doubling stops at the first count that meets it, not at one beyond. The
     * coarser levels cost little: each LU is an eighth of the next.
     */
    static final double START_PER_WAVELENGTH = 4;

    /** The error estimate is this many times the defect correction: it never fell below half the true error. */
    static final double ESTIMATE_SAFETY = 2;
    /**
     * Smallest error estimate, for the shortest wavelengths: converged solutions differ from an
     * independent implementation's by up to 4.2e-14 (rounding in both: src/test/scripts/error_estimate.py),
     * which the defect correction, itself rounded, cannot resolve. Below {@code Model.MIN_TOLERANCE}.
     */
    public static final double ROUNDING_ERROR = 5e-14;
    /**
     * Rounding per radian of phase along the boundary: the kernel's phase k|z_i - z_j| carries the
     * positions' rounding times k, an error the defect correction, made from the same entries,
     * cannot see. Twice the unit roundoff: at 2048 points and lambda 0.02 (k L = 1960) this
     * implementation and the independent one differ by 3.7e-13, below 2 eps k L = 8.7e-13.
     */
    static final double ROUNDING_PER_RADIAN = 2 * Math.ulp(1.0);

    private final SmoothCurve curve;
    private final Incident wave;
    private final BoundaryCondition condition;
    private final int maxPoints;
    private final double eta;

    public BoundarySolver(SmoothCurve curve, Incident wave, BoundaryCondition condition) {
        this(curve, wave, condition, MAX_POINTS);
    }

    /** With a lower cap than {@link #MAX_POINTS} (a power of two), to see the doubling give up quickly. */
    public BoundarySolver(SmoothCurve curve, Incident wave, BoundaryCondition condition, int maxPoints) {
        this.curve = curve;
        this.wave = wave;
        this.condition = condition;
        this.maxPoints = maxPoints;
        this.eta = Coupling.eta(wave.k(), curve.radius());
    }

    /** The coupling eta of the combined-field equations ({@link Coupling}). */
    public double eta() {
        return eta;
    }

    /**
     * The first number of points the doubling tries: 4 per wavelength of perimeter, at least
     * {@link #MIN_START} and more than twice the curve's highest Fourier mode (so that the points
     * resolve every mode of the curve: N points carry |m| &lt; N/2), rounded up to a power of two, at
     * most half the cap ({@link #MAX_POINTS}).
     */
    public int startPoints() {
        double wanted = Math.max(START_PER_WAVELENGTH * curve.perimeter() / wave.wavelength(),
                2.0 * curve.bandwidth() + 1);
        int points = MIN_START;
        while (points < wanted && points < maxPoints / 2) {
            points *= 2;
        }
        return points;
    }

    /**
     * Solves for the density.
     *
     * <p>First checks what no number of points within the cap can mend: a curve with finer detail
     * than the points can carry ({@link CurveTooFineException}), and one that crosses itself
     * ({@link SmoothCurve#requireSimple()}).
     *
     * @param rows runs the assembly's row ranges (on the caller's threads, or {@link RowRunner#serial()})
     * @throws CurveTooFineException if the curve's highest mode is above {@link #MAX_BANDWIDTH}
     *     (with the cap lowered, a quarter of it less one), or a fixed count of points is not above
     *     twice its highest mode above {@link #FIXED_COUNT_MODES}
     * @throws scatter.geometry.ContourException if the curve crosses or touches itself
     * @throws NotConvergedException if the change and the estimate are not both below the tolerance
     *     within {@link #MAX_POINTS} points
     * @throws InterruptedException if the thread is interrupted
     */
    public BoundarySolution solve(Resolution resolution, RowRunner rows) throws InterruptedException {
        check(resolution);
        return doubling(resolution, rows, new ArrayList<>());
    }

    /**
     * What no number of points within the cap can mend, checked before solving (see {@link #solve}):
     * detail finer than the points can carry, a fixed count too small for the curve, a curve that
     * crosses itself.
     */
    void check(Resolution resolution) {
        int bandwidth = curve.bandwidth();
        if (bandwidth > maxPoints / 4 - 1) {
            throw new CurveTooFineException(bandwidth, maxPoints, false, curve.perimeter());
        }
        int significant = curve.modesAbove(FIXED_COUNT_MODES);
        if (resolution.isFixed() && resolution.points() <= 2 * significant) {
            throw new CurveTooFineException(significant, resolution.points(), true, curve.perimeter());
        }
        curve.requireSimple();
    }

    private BoundarySolution doubling(Resolution resolution, RowRunner rows, List<BoundarySolution.Level> levels)
            throws InterruptedException {
        // count = 2n, the number of boundary points of the coarser of the two latest solutions
        int count = resolution.isFixed() ? resolution.points() / 2 : startPoints();
        Density coarse = density(BoundaryPoints.of(curve, count / 2), rows);
        levels.add(new BoundarySolution.Level(count, Double.NaN, Double.NaN, coarse.assemblyNanos,
                coarse.factorNanos));
        while (true) {
            coarse.lu = null;               // its factors take as much memory as its matrix did
            count *= 2;
            BoundaryPoints finePoints = BoundaryPoints.of(curve, count / 2);
            Density fine = density(finePoints, rows);
            double change = change(fine.values, coarse.values);
            double estimate = Double.NaN;
            long estimateNanos = 0;
            if (resolution.isFixed() || change < resolution.tolerance()) {
                long start = System.nanoTime();
                estimate = errorEstimate(finePoints, fine, rows);
                estimateNanos = System.nanoTime() - start;
            }
            levels.add(new BoundarySolution.Level(count, change, estimate, fine.assemblyNanos + estimateNanos,
                    fine.factorNanos));
            // an estimate at the rounding floor cannot fall with more points: below --tol or not, it is final
            if (resolution.isFixed() || (change < resolution.tolerance()
                    && (estimate < resolution.tolerance() || estimate <= roundingError()))) {
                return new BoundarySolution(curve, wave, condition, eta, finePoints, fine.values[0], fine.values[1], levels);
            }
            if (count >= maxPoints) {
                throw new NotConvergedException(count, change, estimate, resolution.tolerance());
            }
            coarse = fine;
        }
    }

    /** A density {re, im} at the points, what it cost, and the LU factors it came from (until dropped). */
    static final class Density {
        final double[][] values;
        final long assemblyNanos;
        final long factorNanos;
        DenseSolve.Factors lu;

        Density(double[][] values, long assemblyNanos, long factorNanos, DenseSolve.Factors lu) {
            this.values = values;
            this.assemblyNanos = assemblyNanos;
            this.factorNanos = factorNanos;
            this.lu = lu;
        }
    }

    /**
     * The estimated relative error max_j |psi(s_j) - psi_j| / max |psi_j| of the density on these
     * points (see the class comment): {@value #ESTIMATE_SAFETY} times the defect correction's
     * size, at least {@link #roundingError()}.
     */
    double errorEstimate(BoundaryPoints points, Density density, RowRunner rows) throws InterruptedException {
        int count = points.count;
        double[][] fine = Fourier.values(Fourier.coefficients(density.values[0], density.values[1]), 0, 2 * count);
        double[] x = new double[4 * count];
        for (int j = 0; j < 2 * count; j++) {
            x[2 * j] = fine[0][j];
            x[2 * j + 1] = fine[1][j];
        }
        NystromSystem finer = condition.system(BoundaryPoints.of(curve, count), new KressWeights(count), wave, eta);
        double[] product = new double[2 * count];
        rows.forRows(count, (from, to) -> finer.multiplyRows(from, to, 2, x, product));
        ZMatrixRMaj defect = new ZMatrixRMaj(count, 1);
        double[] f = finer.rightHandSide().data;
        for (int i = 0; i < count; i++) {
            defect.data[2 * i] = f[4 * i] - product[2 * i];
            defect.data[2 * i + 1] = f[4 * i + 1] - product[2 * i + 1];
        }
        ZMatrixRMaj correction = new ZMatrixRMaj(count, 1);
        density.lu.solve(defect, correction);
        double largest = 0;
        double size = 0;
        for (int j = 0; j < count; j++) {
            largest = Math.max(largest, Math.hypot(density.values[0][j], density.values[1][j]));
            size = Math.max(size, Math.hypot(correction.data[2 * j], correction.data[2 * j + 1]));
        }
        double estimate = ESTIMATE_SAFETY * size / largest;
        return estimate >= roundingError() || Double.isNaN(estimate) ? estimate : roundingError();
    }

    /**
     * The error estimate's floor: the rounding of a converged solution, {@value #ROUNDING_ERROR} or
     * {@link #ROUNDING_PER_RADIAN} times the phase k L along the boundary (L its length), whichever
     * is larger.
     */
    double roundingError() {
        return Math.max(ROUNDING_ERROR, ROUNDING_PER_RADIAN * wave.k() * curve.perimeter());
    }

    /** The density at the points: assembles the system and solves it by LU. */
    Density density(BoundaryPoints points, RowRunner rows) throws InterruptedException {
        rows.beforeSystem(points.count);
        long start = System.nanoTime();
        NystromSystem system = condition.system(points, new KressWeights(points.n), wave, eta);
        int count = system.size();
        ZMatrixRMaj matrix = new ZMatrixRMaj(count, count);
        rows.forRows(count, (from, to) -> system.assembleRows(from, to, matrix));
        ZMatrixRMaj b = system.rightHandSide();
        long assembled = System.nanoTime();
        DenseSolve.Solved dense = DenseSolve.solve(matrix, b, rows);
        long solved = System.nanoTime();
        double[] re = new double[count];
        double[] im = new double[count];
        for (int j = 0; j < count; j++) {
            re[j] = dense.x()[2 * j];
            im[j] = dense.x()[2 * j + 1];
        }
        return new Density(new double[][] {re, im}, assembled - start, solved - assembled, dense.lu());
    }

    /** max_j |fine(s_j) - coarse(s_j)| / max |fine| over the coarse points (every other fine point). */
    static double change(double[][] fine, double[][] coarse) {
        double largest = 0;
        for (int j = 0; j < fine[0].length; j++) {
            largest = Math.max(largest, Math.hypot(fine[0][j], fine[1][j]));
        }
        double diff = 0;
        for (int j = 0; j < coarse[0].length; j++) {
            diff = Math.max(diff, Math.hypot(fine[0][2 * j] - coarse[0][j], fine[1][2 * j] - coarse[1][j]));
        }
        return diff / largest;
    }
}
