package scatter.physics.exact.system;

import java.util.List;
import scatter.physics.Incident;
import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * The density phi on the boundary points of the finest discretisation solved, and how it was
 * reached. The scattered field it represents is
 * <pre>
 *   u_s(x) = int { dPhi(x,y)/dnu(y) - i eta Phi(x,y) } phi(y) ds(y)
 *          ~ sum_j (pi/n) [ (ik/4) H1(k r_j) (x - z_j).n_j / r_j + (eta/4) H0(k r_j) |z'_j| ] psi_j,
 * </pre>
 * r_j = |x - z_j|, n_j = (z2'(s_j), -z1'(s_j)) = |z'_j| nu_j, Phi = (i/4) H0, eta the coupling the
 * density was solved with ({@link Coupling}; Colton &amp; Kress 2013, section 3.5): the trapezoid rule, spectrally accurate away from the boundary.
 * Immutable.
 */
public final class BoundarySolution implements SolvedBoundary {
    /**
     * One discretisation solved: its number of points, the change of the density from the previous
     * one (NaN for the first), its estimated error ({@link BoundarySolver#errorEstimate}; NaN where
     * the change was too large to need it), and the wall-clock time of its matrix assembly (with the
     * error estimate's rows) and of its LU factorisation and solve, in nanoseconds (for the timing
     * log; not part of the result).
     */
    public record Level(int points, double change, double errorEstimate, long assemblyNanos, long factorNanos) {
    }

    private final SmoothCurve curve;
    private final Incident wave;
    private final BoundaryCondition condition;
    private final double eta;
    public final BoundaryPoints points;
    public final double[] densityRe;
    public final double[] densityIm;
    private final List<Level> levels;

    BoundarySolution(SmoothCurve curve, Incident wave, BoundaryCondition condition, double eta,
            BoundaryPoints points, double[] densityRe, double[] densityIm, List<Level> levels) {
        this.curve = curve;
        this.wave = wave;
        this.condition = condition;
        this.eta = eta;
        this.points = points;
        this.densityRe = densityRe.clone();
        this.densityIm = densityIm.clone();
        this.levels = List.copyOf(levels);
    }

    public SmoothCurve curve() {
        return curve;
    }

    public Incident wave() {
        return wave;
    }

    public BoundaryCondition condition() {
        return condition;
    }

    /**
     * Coupling parameter eta of the combined-field ansatz: k, or 1/(2 R0) at wavelengths long
     * against the obstacle ({@link Coupling}). The density means nothing without it.
     */
    @Override
    public double eta() {
        return eta;
    }

    /** Number of boundary points 2n of the solution. */
    @Override
    public int points() {
        return points.count;
    }

    /**
     * Relative change of the density from half as many points, max_j |psi_2n(s_j) - psi_n(s_j)| /
     * max |psi_2n|: the error of the solution on half as many points, not of this one (see
     * {@link #errorEstimate()}); with a tolerance, below it. Among several obstacles solved together
     * it is the change from the previous level, on which this obstacle may have had as many points
     * while others doubled ({@link ObstacleSolver}); then it is how much their refinement moved it.
     */
    @Override
    public double change() {
        return levels.get(levels.size() - 1).change();
    }

    /**
     * The estimated relative error of this density, max_j |psi(s_j) - psi_j| / max |psi_j| with psi
     * the exact solution: twice its defect correction against the system on twice as many points,
     * at least the rounding of a converged solution, 5e-14 or 2 eps k L for a boundary of length L
     * (see {@link BoundarySolver}). With a
     * tolerance, below it.
     */
    @Override
    public double errorEstimate() {
        return levels.get(levels.size() - 1).errorEstimate();
    }

    /** Every discretisation solved, coarsest first. */
    @Override
    public List<Level> levels() {
        return levels;
    }

    /** Re psi_j and Im psi_j, the density at the points s_j = pi j / n (copies). */
    @Override
    public double[][] density() {
        return new double[][] {densityRe.clone(), densityIm.clone()};
    }

    /** Position (x_j, y_j) of boundary point j (copies). */
    @Override
    public double[][] boundary() {
        return new double[][] {points.x.clone(), points.y.clone()};
    }

    /**
     * Every how many boundary points the field's trapezoid rule takes away from the boundary: 2 when
     * the doubling has shown that half the points resolve the density to
     * {@link Resolution#DEFAULT_TOLERANCE} or better, else 1.
     *
     * <p>Why half the points suffice there: the rule's error at an observer a distance delta from the
     * boundary has two parts. The kernel's, about exp(-2 pi delta / h) for spacing h, is below
     * 1e-21 from eight spacings of the coarser rule on ({@link scatter.physics.exact.evaluation.CloseField} takes the observers
     * closer than that). The density's, the aliasing of its Fourier modes above n/2 into the
     * coarser rule, is as large as those modes, which is what {@link #change()} measures: the
     * difference between the densities on n and 2n points is the part of the density that n
     * points cannot carry. For the default case it is 2.7e-15, so the field on every other point
     * agrees with the field on all of them to that, at half the cost.
     */
    public int fieldStride() {
        return levels.size() > 1 && doublingChange() <= Resolution.DEFAULT_TOLERANCE && points.count % 2 == 0 ? 2 : 1;
    }

    /**
     * The change at the last level that doubled this boundary's points: the part of the density
     * half its points cannot carry. For one obstacle every level doubles, so it is {@link #change()};
     * among several, an obstacle may keep its count while others double ({@link ObstacleSolver}).
     * NaN if no level doubled it.
     */
    private double doublingChange() {
        for (int l = levels.size() - 1; l > 0; l--) {
            if (levels.get(l).points() == 2 * levels.get(l - 1).points()) {
                return levels.get(l).change();
            }
        }
        return Double.NaN;
    }

    /**
     * The sources the field kernel sums away from the boundary: every {@link #fieldStride()}-th
     * boundary point, with the trapezoid weight of that many points (see {@link #sources()}).
     */
    public SourceTerms fieldSources() {
        return sourcesOf(points, densityRe, densityIm, wave.k(), eta(), fieldStride());
    }

    /**
     * The scattered field's sources, one per boundary point, in the form the field kernel sums:
     * c_j = z_j, unit vector nu_j (outward), a_j = (pi/n)(eta/4)|z'_j| psi_j,
     * b_j = (pi/n)(ik/4)|z'_j| psi_j.
     */
    public SourceTerms sources() {
        return sourcesOf(points, densityRe, densityIm, wave.k(), eta(), 1);
    }

    /**
     * The sources of the trapezoid rule on every {@code stride}-th of the 2n points p with density
     * psi (see {@link #sources()}); the weight is pi stride / n.
     */
    static SourceTerms sourcesOf(BoundaryPoints p, double[] psiRe, double[] psiIm, double k, double eta, int stride) {
        int count = p.count / stride;
        double[][] a = new double[8][count];
        fill(p, psiRe, psiIm, k, eta, stride, a, 0);
        return new SourceTerms(count, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    /**
     * The field sources of several densities solved together, in order, each every
     * {@link #fieldStride()}-th of its points with its own weight: their fields add up.
     */
    public static SourceTerms fieldSourcesOf(List<BoundarySolution> solutions) {
        int count = 0;
        for (BoundarySolution s : solutions) {
            count += s.points.count / s.fieldStride();
        }
        double[][] a = new double[8][count];
        int at = 0;
        for (BoundarySolution s : solutions) {
            int stride = s.fieldStride();
            fill(s.points, s.densityRe, s.densityIm, s.wave.k(), s.eta, stride, a, at);
            at += s.points.count / stride;
        }
        return new SourceTerms(count, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    /** Writes the sources of {@link #sourcesOf} into x, y, nx, ny, aRe, aIm, bRe, bIm = a[0..7] from index {@code at}. */
    private static void fill(BoundaryPoints p, double[] psiRe, double[] psiIm, double k, double eta, int stride,
            double[][] a, int at) {
        int count = p.count / stride;
        double w = Math.PI * stride / p.n;
        for (int i = 0; i < count; i++) {
            int j = i * stride;
            a[0][at + i] = p.x[j];
            a[1][at + i] = p.y[j];
            double speed = p.speed[j];
            a[2][at + i] = p.dy[j] / speed;
            a[3][at + i] = -p.dx[j] / speed;
            double wa = w * 0.25 * eta * speed;
            double wb = w * 0.25 * k * speed;
            a[4][at + i] = wa * psiRe[j];
            a[5][at + i] = wa * psiIm[j];
            a[6][at + i] = -wb * psiIm[j];     // i psi
            a[7][at + i] = wb * psiRe[j];
        }
    }
}
