package scatter.physics.exact;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_ZDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import scatter.physics.PlaneWave;

/**
 * Solves the boundary integral equation for the density on a growing number of points until it
 * stops changing (or on a fixed number), by dense complex LU (EJML).
 *
 * <p><b>Doubling.</b> Starting from {@link #startPoints()} boundary points, the number 2n is doubled
 * until max_j |psi_2n(s_j) - psi_n(s_j)| / max_j |psi_2n(s_j)|, over the points the two have in
 * common, is below the tolerance; the finer solution is kept. Kress's quadrature converges
 * exponentially for an analytic boundary, so the change measures the coarser solution's error and
 * bounds the finer one's. A fixed count N solves at N/2 and N and reports the same change as its
 * estimated error.
 *
 * <p><b>Cost.</b> The matrix has (2n)^2 complex entries, 16 (2n)^2 bytes, and EJML's LU keeps a copy
 * of the same size: 32 (2n)^2 bytes in all, 537 MB at {@link #MAX_POINTS}. Assembly is O(n^2)
 * (spread over threads by the caller's {@link RowRunner}), the LU (8/3)(2n)^3 flops on one thread.
 */
public final class BoundarySolver {
    /**
     * Most boundary points: the matrix at 4096 points takes 268 MB, with EJML's LU copy 537 MB, and
     * its LU about 1.8e11 flops.
     */
    public static final int MAX_POINTS = 4096;
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

    private final SmoothCurve curve;
    private final PlaneWave wave;
    private final BoundaryCondition condition;
    private final int maxPoints;
    private final double eta;

    public BoundarySolver(SmoothCurve curve, PlaneWave wave, BoundaryCondition condition) {
        this(curve, wave, condition, MAX_POINTS);
    }

    /** With a lower cap than {@link #MAX_POINTS} (a power of two), to see the doubling give up quickly. */
    BoundarySolver(SmoothCurve curve, PlaneWave wave, BoundaryCondition condition, int maxPoints) {
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
     * @throws NotConvergedException if the tolerance is not met within {@link #MAX_POINTS} points
     * @throws InterruptedException if the thread is interrupted
     */
    public BoundarySolution solve(Resolution resolution, RowRunner rows) throws InterruptedException {
        int bandwidth = curve.bandwidth();
        if (bandwidth > maxPoints / 4 - 1) {
            throw new CurveTooFineException(bandwidth, maxPoints, false, curve.perimeter());
        }
        int significant = curve.modesAbove(FIXED_COUNT_MODES);
        if (resolution.isFixed() && resolution.points() <= 2 * significant) {
            throw new CurveTooFineException(significant, resolution.points(), true, curve.perimeter());
        }
        curve.requireSimple();
        List<BoundarySolution.Level> levels = new ArrayList<>();
        // count = 2n, the number of boundary points of the coarser of the two latest solutions
        int count = resolution.isFixed() ? resolution.points() / 2 : startPoints();
        Density coarse = density(BoundaryPoints.of(curve, count / 2), rows);
        levels.add(new BoundarySolution.Level(count, Double.NaN, coarse.assemblyNanos, coarse.factorNanos));
        while (true) {
            count *= 2;
            BoundaryPoints finePoints = BoundaryPoints.of(curve, count / 2);
            Density fine = density(finePoints, rows);
            double change = change(fine.values, coarse.values);
            levels.add(new BoundarySolution.Level(count, change, fine.assemblyNanos, fine.factorNanos));
            if (resolution.isFixed() || change < resolution.tolerance()) {
                return new BoundarySolution(curve, wave, condition, eta, finePoints, fine.values[0], fine.values[1], levels);
            }
            if (count >= maxPoints) {
                throw new NotConvergedException(count, change, resolution.tolerance());
            }
            coarse = fine;
        }
    }

    /** A density {re, im} at the points, and what it cost. */
    record Density(double[][] values, long assemblyNanos, long factorNanos) {
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
        LinearSolverDense<ZMatrixRMaj> lu = LinearSolverFactory_ZDRM.lu(count);
        if (!lu.setA(matrix)) {
            throw new ArithmeticException("the boundary system with " + count + " points is singular");
        }
        ZMatrixRMaj x = new ZMatrixRMaj(count, 1);
        lu.solve(b, x);
        long solved = System.nanoTime();
        double[] re = new double[count];
        double[] im = new double[count];
        for (int j = 0; j < count; j++) {
            re[j] = x.data[2 * j];
            im[j] = x.data[2 * j + 1];
            if (!Double.isFinite(re[j]) || !Double.isFinite(im[j])) {
                throw new ArithmeticException("the boundary system with " + count + " points gave a non-finite density");
            }
        }
        return new Density(new double[][] {re, im}, assembled - start, solved - assembled);
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
