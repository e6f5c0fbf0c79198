package scatter.physics.exact.system;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Hankel;
import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.PolygonBoundary;

/**
 * The solution of the boundary system of a boundary with corners (a polygon, or curved sides
 * between corners) on its graded points, {@link CornerSystem}: the
 * density and what follows from it, the scattered field at a point and the far field.
 *
 * <ul>
 *   <li>soft: u_s = DL phi - i eta SL phi, per point (pi/n) [ (ik/4) H1(k r_j) (x - z_j).n_j/r_j
 *       + (eta/4) H0(k r_j) |z'_j| ] psi_j, and f(theta) = e^{-i pi/4}/sqrt(8 pi k) (pi/n) sum_j
 *       [ k n_j.xhat + eta |z'_j| ] e^{-ik xhat.z_j} psi_j (docs/exact.md);</li>
 *   <li>hard: u_s = SL phi + i eta DL chi, per point (pi/n) [ (i/4) H0(k r_j) |z'_j| psi_j
 *       - (eta k/4) H1(k r_j) (x - z_j).n_j/r_j chi_j ], and f(theta) = e^{i pi/4}/sqrt(8 pi k)
 *       (pi/n) sum_j [ |z'_j| psi_j + eta k (xhat.n_j) chi_j ] e^{-ik xhat.z_j} (the far field of
 *       Phi is e^{i pi/4}/sqrt(8 pi k) e^{ikr}/sqrt(r) e^{-ik xhat.y}; of dPhi/dnu(y), -ik xhat.nu times it).</li>
 * </ul>
 * The trapezoid rule on the graded points is accurate away from the boundary (a few local
 * spacings); no close evaluation is made here.
 *
 * <p>Immutable.
 */
public final class CornerSolution implements SolvedBoundary {
    /**
     * Points per wavelength of the longest side (at mid-side, where the graded spacing is 2 |E|/P)
     * that the doubling starts from: few, so that the cheap coarse levels show the convergence order.
     */
    public static final double START_PER_WAVELENGTH = 4;
    /** Fewest points per side the doubling starts from. */
    public static final int MIN_PER_SIDE = 16;
    /**
     * Changes below this that stop falling (the next at least half of it) end the doubling: the
     * accuracy has levelled off, and more points would only cost time (a cubic cost per level).
     */
    static final double LEVELS_OFF_BELOW = 1e-6;
    /**
     * The smallest tolerance the sound-hard problem at corners is solved to: its changes level off
     * between 1e-9 and 3e-9 on the graded points (the square of side 2 under a plane wave at lambda 0.5:
     * 2.8e-9 from 2044 to 4092 points, then 2.2e-9; the diamond: 7.5e-10 at 2044 points, 1.3e-9 at
     * 8188), so a smaller --tol is raised to this, and the log says so. A floor nearer the plateau
     * would refuse the plane wave on the square at the default --tol after 40 s of doubling.
     */
    public static final double HARD_TOLERANCE = 1e-8;
    /**
     * The error estimate is this many times the geometric tail of the changes ({@link #estimate}):
     * the estimate from the observed order must not be the last word where the order still grows.
     */
    static final double ESTIMATE_SAFETY = 2;
    /**
     * Largest ratio of successive changes the estimate believes: 2^10, an order of 10 (the graded points
     * converge like P^-6 to P^-8 with p = 12: docs/exact.md, "Corners"); a larger one, from a coarse level
     * that happened to be far off, would make the estimate too hopeful.
     */
    static final double MAX_RATIO = 1024;
    /**
     * Smallest error estimate: converged polygon solutions still change by a few 1e-14 between doublings
     * (rounding, with points up to 1e-26 of a side from a corner), which more points cannot lower.
     */
    public static final double ROUNDING_ERROR = 1e-13;

    private final PolygonBoundary polygon;
    private final PolygonBoundary.Points points;
    private final BoundaryCondition condition;
    private final double k;
    private final double eta;
    private final double[] psi;
    private final double[] chi;
    /** The change from the solution on half as many points per side; NaN if none was made. */
    private double change = Double.NaN;
    private double estimate = Double.NaN;
    private List<BoundarySolution.Level> levels;

    private CornerSolution(PolygonBoundary polygon, PolygonBoundary.Points points, BoundaryCondition condition, double k,
            double eta, double[] psi, double[] chi, long assemblyNanos, long factorNanos) {
        this.polygon = polygon;
        this.points = points;
        this.condition = condition;
        this.k = k;
        this.eta = eta;
        this.psi = psi;
        this.chi = chi;
        this.levels = List.of(new BoundarySolution.Level(points.count, Double.NaN, Double.NaN, assemblyNanos,
                factorNanos));
    }

    /**
     * The solution of one boundary with corners solved among several obstacles ({@link CornerObstacleSolver}):
     * its density phi on the graded points, chi = S_rho phi for the hard problem (S_rho of {@link CornerSystem}),
     * and the levels, change and estimate of its doubling.
     */
    static CornerSolution among(PolygonBoundary polygon, PolygonBoundary.Points points, BoundaryCondition condition,
            double k, double eta, double[] psi, DMatrixRMaj sRho, List<BoundarySolution.Level> levels, double change,
            double estimate) {
        CornerSolution s = new CornerSolution(polygon, points, condition, k, eta, psi,
                sRho == null ? null : times(sRho, psi), 0, 0);
        s.levels = List.copyOf(levels);
        s.change = change;
        s.estimate = estimate;
        return s;
    }

    /**
     * Solves on the polygon's graded points, perSide per side, for the incident field given, with the
     * coupling of {@link Coupling}, on the calling thread.
     */
    public static CornerSolution solve(PolygonBoundary polygon, int perSide, double k, IncidentData incident,
            BoundaryCondition condition) throws InterruptedException {
        return solve(polygon, perSide, k, incident, condition, RowRunner.serial());
    }

    /**
     * As above, the assembly, the hard problem's products and the LU on {@code rows} (the same
     * solution bit for bit whatever its threads).
     */
    public static CornerSolution solve(PolygonBoundary polygon, int perSide, double k, IncidentData incident,
            BoundaryCondition condition, RowRunner rows) throws InterruptedException {
        PolygonBoundary.Points p = polygon.points(perSide);
        rows.beforeSystem(p.count, condition == BoundaryCondition.SOFT ? 16 : CornerSystem.BYTES_PER_ENTRY);
        long start = System.nanoTime();
        double eta = Coupling.eta(k, 0.5 * Math.sqrt(2) * polygon.size());
        CornerSystem system = new CornerSystem(polygon, p, k, eta);
        ZMatrixRMaj rhs = system.rightHandSide(incident, condition);
        if (condition == BoundaryCondition.SOFT) {
            ZMatrixRMaj matrix = system.soft(rows);
            long assembled = System.nanoTime();
            double[] psi = DenseSolve.solve(matrix, rhs, rows).x();
            return new CornerSolution(polygon, p, condition, k, eta, psi, null, assembled - start,
                    System.nanoTime() - assembled);
        }
        CornerSystem.Hard hard = system.hard(rows);
        long assembled = System.nanoTime();
        double[] psi = DenseSolve.solve(hard.matrix(), rhs, rows).x();
        long solved = System.nanoTime();
        return new CornerSolution(polygon, p, condition, k, eta, psi, times(hard.sRho(), psi), assembled - start,
                solved - assembled);
    }

    /**
     * The change between this solution and one on half as many points per side: max over the coarser
     * points of |q_fine - q_coarse| / max |q_fine|, with q = phi |z'| the weighted density that every
     * quadrature here sums (phi itself is unbounded at a corner for the hard problem: the single layer's
     * density is the jump of du/dnu). Point j of a side on P points is point 2j on 2P.
     */
    double change(CornerSolution coarser) {
        PolygonBoundary.Points fine = points;
        PolygonBoundary.Points coarse = coarser.points;
        if (fine.perSide != 2 * coarse.perSide || fine.sidePoints.length != coarse.sidePoints.length) {
            throw new IllegalArgumentException("not a doubling: " + coarse.perSide + " to " + fine.perSide + " per side");
        }
        int sides = fine.sidePoints.length;
        double largest = 0;
        for (int i = 0; i < fine.count; i++) {
            largest = Math.max(largest, fine.speed[i] * Math.hypot(psi[2 * i], psi[2 * i + 1]));
        }
        double worst = 0;
        for (int c = 0; c < sides; c++) {
            for (int j = 1; j < coarse.sidePoints[c]; j++) {
                int a = fine.firstPoint[c] + 2 * j - 1;
                int b = coarse.firstPoint[c] + j - 1;
                double re = fine.speed[a] * psi[2 * a] - coarse.speed[b] * coarser.psi[2 * b];
                double im = fine.speed[a] * psi[2 * a + 1] - coarse.speed[b] * coarser.psi[2 * b + 1];
                worst = Math.max(worst, Math.hypot(re, im));
            }
        }
        return worst / largest;
    }

    /**
     * The points per unit share of a side the doubling starts from: {@value #START_PER_WAVELENGTH} per
     * wavelength of every side at mid-side (a side of share r has r times the points), at least
     * {@value #MIN_PER_SIDE}, a power of two.
     */
    public static int startPerSide(PolygonBoundary polygon, double k) {
        int perSide = MIN_PER_SIDE;
        for (int c = 0; c < polygon.sides(); c++) {
            while (perSide * polygon.share(c) < START_PER_WAVELENGTH * polygon.side(c).length() * k / (2 * Math.PI)) {
                perSide *= 2;
            }
        }
        return perSide;
    }

    /** The points in all at {@code perSide} points per unit share of a side (corners left out). */
    public static int points(PolygonBoundary polygon, int perSide) {
        int points = -polygon.sides();
        for (int c = 0; c < polygon.sides(); c++) {
            points += perSide * polygon.share(c);
        }
        return points;
    }

    /**
     * The estimated error of the finest of three levels from their two changes c1 (the first two) and
     * c2 (the last two): the changes of the graded points fall geometrically (algebraic convergence,
     * P^-q, each doubling dividing the error by r = 2^q), so the finest level's error is the tail
     * c2 (1/r + 1/r^2 + ...) = c2/(r - 1), with r = c1/c2 observed (at most {@value #MAX_RATIO}),
     * times {@value #ESTIMATE_SAFETY}, at least {@value #ROUNDING_ERROR}. Where the changes do not fall
     * by at least 2 (no convergence seen, or rounding), the estimate is the last change itself when
     * that is at the rounding floor, else infinite (more points needed).
     */
    static double estimate(double c1, double c2) {
        if (!(c2 > 0)) {
            return c2 == 0 ? ROUNDING_ERROR : Double.POSITIVE_INFINITY;
        }
        double r = Math.min(MAX_RATIO, c1 / c2);
        if (!(r >= 2)) {
            return c2 <= ROUNDING_ERROR ? ROUNDING_ERROR : Double.POSITIVE_INFINITY;
        }
        return Math.max(ROUNDING_ERROR, ESTIMATE_SAFETY * c2 / (r - 1));
    }

    /**
     * Solves with the points per side doubling, from {@link #startPerSide}, until the finer solution's
     * estimated error ({@link #estimate}, from the order the last three levels show) is below
     * {@code tolerance}: so that the last level is the first that meets it, not the one after.
     *
     * @throws NotConvergedException if the estimate is still at or above the tolerance when the points
     *     would exceed {@code maxPoints} in all; if the changes, already small, stopped falling (its
     *     {@link NotConvergedException#levelledOff()}); or as soon as the estimate reaches its rounding floor
     *     {@value #ROUNDING_ERROR} with the tolerance at or below it (its {@link NotConvergedException#roundingFloor()})
     */
    public static CornerSolution solve(PolygonBoundary polygon, double k, IncidentData incident, BoundaryCondition condition,
            double tolerance, int maxPoints) throws InterruptedException {
        return solve(polygon, k, incident, condition, tolerance, maxPoints, RowRunner.serial());
    }

    /** As above, on {@code rows}. */
    public static CornerSolution solve(PolygonBoundary polygon, double k, IncidentData incident, BoundaryCondition condition,
            double tolerance, int maxPoints, RowRunner rows) throws InterruptedException {
        int perSide = startPerSide(polygon, k);
        List<BoundarySolution.Level> levels = new ArrayList<>();
        CornerSolution previous = solve(polygon, perSide, k, incident, condition, rows);
        levels.add(previous.levels.get(0));
        double lastChange = Double.NaN;
        while (true) {
            perSide *= 2;
            if (points(polygon, perSide) > maxPoints) {
                // an infinite estimate says the changes did not fall: the change alone then tells it
                throw new NotConvergedException(previous.count(), previous.change,
                        Double.isInfinite(previous.estimate) ? Double.NaN : previous.estimate, tolerance);
            }
            CornerSolution next = solve(polygon, perSide, k, incident, condition, rows);
            next.change = next.change(previous);
            next.estimate = Double.isNaN(lastChange) ? Double.NaN : estimate(lastChange, next.change);
            BoundarySolution.Level level = next.levels.get(0);
            levels.add(new BoundarySolution.Level(level.points(), next.change, next.estimate, level.assemblyNanos(),
                    level.factorNanos()));
            next.levels = List.copyOf(levels);
            if (next.estimate < tolerance) {
                return next;
            }
            if (next.estimate <= ROUNDING_ERROR) {
                // at the floor, and the tolerance not above it: more points cannot lower the estimate
                throw new NotConvergedException(next.count(), next.change, next.estimate, tolerance, Double.NaN,
                        ROUNDING_ERROR);
            }
            if (lastChange < LEVELS_OFF_BELOW && !(next.change < 0.5 * lastChange)) {
                // the changes were small and stopped falling: more points do not make the solution more
                // accurate (the sound-hard problem at corners levels off near 1e-9, docs/exact.md)
                throw new NotConvergedException(next.count(), next.change, Double.NaN, tolerance, lastChange);
            }
            lastChange = next.change;
            previous = next;
        }
    }

    /** The last change measured by the doubling; NaN for one level. */
    @Override
    public double change() {
        return change;
    }

    /** The finest level's estimated error ({@link #estimate}); NaN for fewer than three levels. */
    @Override
    public double errorEstimate() {
        return estimate;
    }

    @Override
    public List<BoundarySolution.Level> levels() {
        return levels;
    }

    @Override
    public int points() {
        return points.count;
    }

    @Override
    public double[][] boundary() {
        return new double[][] {points.x.clone(), points.y.clone()};
    }

    /** {Re phi_j, Im phi_j} at the points in increasing s (corners left out). */
    @Override
    public double[][] density() {
        double[] re = new double[points.count];
        double[] im = new double[points.count];
        for (int j = 0; j < points.count; j++) {
            re[j] = psi[2 * j];
            im[j] = psi[2 * j + 1];
        }
        return new double[][] {re, im};
    }

    /** The polygon solved on. */
    public PolygonBoundary polygon() {
        return polygon;
    }

    /** The boundary condition. */
    public BoundaryCondition condition() {
        return condition;
    }

    /**
     * The scattered field's sources in the form the field kernel sums ({@link SourceTerms}), one per
     * graded point with its trapezoid weight w = pi/n: soft a_j = w (eta/4) |z'_j| phi_j,
     * b_j = w (ik/4) |z'_j| phi_j; hard a_j = w (i/4) |z'_j| phi_j, b_j = -w (eta k/4) |z'_j| chi_j
     * (the formulas of the class comment, n_j the unit outward normal). Accurate away from the
     * boundary (a few local spacings); nearer, {@code CornerCloseField}.
     */
    public SourceTerms sources() {
        PolygonBoundary.Points p = points;
        int count = p.count;
        double[][] a = new double[8][count];
        double w = Math.PI / p.n;
        for (int j = 0; j < count; j++) {
            double speed = p.speed[j];
            a[0][j] = p.x[j];
            a[1][j] = p.y[j];
            a[2][j] = p.dy[j] / speed;
            a[3][j] = -p.dx[j] / speed;
            double qr = w * speed * psi[2 * j];
            double qi = w * speed * psi[2 * j + 1];
            if (condition == BoundaryCondition.SOFT) {
                a[4][j] = 0.25 * eta * qr;
                a[5][j] = 0.25 * eta * qi;
                a[6][j] = -0.25 * k * qi;
                a[7][j] = 0.25 * k * qr;
            } else {
                a[4][j] = -0.25 * qi;
                a[5][j] = 0.25 * qr;
                a[6][j] = -0.25 * eta * k * w * speed * chi[2 * j];
                a[7][j] = -0.25 * eta * k * w * speed * chi[2 * j + 1];
            }
        }
        return new SourceTerms(count, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    private static double[] times(DMatrixRMaj m, double[] x) {
        int count = m.numRows;
        double[] out = new double[2 * count];
        for (int i = 0; i < count; i++) {
            double re = 0;
            double im = 0;
            for (int j = 0; j < count; j++) {
                double a = m.data[i * count + j];
                re += a * x[2 * j];
                im += a * x[2 * j + 1];
            }
            out[2 * i] = re;
            out[2 * i + 1] = im;
        }
        return out;
    }

    /** The graded points solved on. */
    public PolygonBoundary.Points graded() {
        return points;
    }

    /** The wavenumber. */
    public double k() {
        return k;
    }

    /** At point i: {phi |z'|, chi |z'|} (re, im each; chi zero for the soft problem). */
    public double[] weighted(int i) {
        double speed = points.speed[i];
        double cr = chi == null ? 0 : chi[2 * i];
        double ci = chi == null ? 0 : chi[2 * i + 1];
        return new double[] {speed * psi[2 * i], speed * psi[2 * i + 1], speed * cr, speed * ci};
    }

    /**
     * One point's term of u_s per unit weight, from the Bessel functions of k r, (x - z).nu / r and the
     * weighted densities q = phi |z'| and c = chi |z'|: soft (ik/4) H1 dn q + (eta/4) H0 q, hard
     * (i/4) H0 q - (eta k/4) H1 dn c.
     */
    public double[] kernelTimes(double j0, double y0, double j1, double y1, double dn, double qr, double qi, double cr,
            double ci) {
        if (condition == BoundaryCondition.SOFT) {
            double aRe = -0.25 * k * y1 * dn + 0.25 * eta * j0;
            double aIm = 0.25 * k * j1 * dn + 0.25 * eta * y0;
            return new double[] {aRe * qr - aIm * qi, aRe * qi + aIm * qr};
        }
        double aRe = -0.25 * y0;
        double aIm = 0.25 * j0;
        double bRe = -0.25 * eta * k * j1 * dn;
        double bIm = -0.25 * eta * k * y1 * dn;
        return new double[] {aRe * qr - aIm * qi + bRe * cr - bIm * ci, aRe * qi + aIm * qr + bRe * ci + bIm * cr};
    }

    /** Number of unknowns. */
    int count() {
        return points.count;
    }

    /** The coupling eta. */
    @Override
    public double eta() {
        return eta;
    }

    /** u_s at (x, y), as {re, im}. */
    public double[] field(double x, double y) {
        PolygonBoundary.Points p = points;
        int count = p.count;
        double[] kr = new double[count];
        double[] dn = new double[count];
        for (int j = 0; j < count; j++) {
            double rx = x - p.x[j];
            double ry = y - p.y[j];
            double r = Math.hypot(rx, ry);
            kr[j] = k * r;
            dn[j] = (rx * p.dy[j] - ry * p.dx[j]) / r;
        }
        double[] j0 = new double[count];
        double[] y0 = new double[count];
        double[] j1 = new double[count];
        double[] y1 = new double[count];
        Hankel.evaluate(kr, count, j0, y0, j1, y1);
        double re = 0;
        double im = 0;
        for (int j = 0; j < count; j++) {
            double pr = psi[2 * j];
            double pi = psi[2 * j + 1];
            if (condition == BoundaryCondition.SOFT) {
                // (ik/4)(J1 + i Y1) dn + (eta/4)(J0 + i Y0)|z'|
                double aRe = -0.25 * k * y1[j] * dn[j] + 0.25 * eta * j0[j] * p.speed[j];
                double aIm = 0.25 * k * j1[j] * dn[j] + 0.25 * eta * y0[j] * p.speed[j];
                re += aRe * pr - aIm * pi;
                im += aRe * pi + aIm * pr;
            } else {
                // (i/4)(J0 + i Y0)|z'| psi - (eta k/4)(J1 + i Y1) dn chi
                double aRe = -0.25 * y0[j] * p.speed[j];
                double aIm = 0.25 * j0[j] * p.speed[j];
                double bRe = -0.25 * eta * k * j1[j] * dn[j];
                double bIm = -0.25 * eta * k * y1[j] * dn[j];
                double cr = chi[2 * j];
                double ci = chi[2 * j + 1];
                re += aRe * pr - aIm * pi + bRe * cr - bIm * ci;
                im += aRe * pi + aIm * pr + bRe * ci + bIm * cr;
            }
        }
        double w = Math.PI / p.n;
        return new double[] {w * re, w * im};
    }

    /** f(theta), as {re, im}. */
    public double[] farField(double theta) {
        PolygonBoundary.Points p = points;
        double cx = Math.cos(theta);
        double cy = Math.sin(theta);
        double re = 0;
        double im = 0;
        for (int j = 0; j < p.count; j++) {
            double phase = -k * (cx * p.x[j] + cy * p.y[j]);
            double er = Math.cos(phase);
            double ei = Math.sin(phase);
            double nx = cx * p.dy[j] - cy * p.dx[j];   // xhat . n_j
            double ar;
            double ai;
            if (condition == BoundaryCondition.SOFT) {
                double c = k * nx + eta * p.speed[j];
                ar = c * psi[2 * j];
                ai = c * psi[2 * j + 1];
            } else {
                ar = p.speed[j] * psi[2 * j] + eta * k * nx * chi[2 * j];
                ai = p.speed[j] * psi[2 * j + 1] + eta * k * nx * chi[2 * j + 1];
            }
            re += ar * er - ai * ei;
            im += ar * ei + ai * er;
        }
        double scale = Math.PI / p.n / Math.sqrt(8 * Math.PI * k);
        // times e^{-i pi/4} (soft) or e^{+i pi/4} (hard)
        double c = Math.sqrt(0.5);
        double s = condition == BoundaryCondition.SOFT ? -c : c;
        return new double[] {scale * (re * c - im * s), scale * (re * s + im * c)};
    }
}
