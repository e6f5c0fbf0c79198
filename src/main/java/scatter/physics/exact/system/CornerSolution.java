package scatter.physics.exact.system;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Hankel;
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
public final class CornerSolution {
    private final PolygonBoundary.Points points;
    private final BoundaryCondition condition;
    private final double k;
    private final double eta;
    private final double[] psi;
    private final double[] chi;
    /** The change from the solution on half as many points per side; NaN if none was made. */
    private double change = Double.NaN;

    private CornerSolution(PolygonBoundary.Points points, BoundaryCondition condition, double k, double eta, double[] psi,
            double[] chi) {
        this.points = points;
        this.condition = condition;
        this.k = k;
        this.eta = eta;
        this.psi = psi;
        this.chi = chi;
    }

    /**
     * Solves on the polygon's graded points, perSide per side, for the incident field given, with the
     * coupling of {@link Coupling}.
     */
    public static CornerSolution solve(PolygonBoundary polygon, int perSide, double k, IncidentData incident,
            BoundaryCondition condition) throws InterruptedException {
        PolygonBoundary.Points p = polygon.points(perSide);
        double eta = Coupling.eta(k, 0.5 * Math.sqrt(2) * polygon.size());
        CornerSystem system = new CornerSystem(polygon, p, k, eta);
        ZMatrixRMaj rhs = system.rightHandSide(incident, condition);
        if (condition == BoundaryCondition.SOFT) {
            double[] psi = DenseSolve.solve(system.soft(), rhs, RowRunner.serial()).x();
            return new CornerSolution(p, condition, k, eta, psi, null);
        }
        CornerSystem.Hard hard = system.hard();
        double[] psi = DenseSolve.solve(hard.matrix(), rhs, RowRunner.serial()).x();
        return new CornerSolution(p, condition, k, eta, psi, times(hard.sRho(), psi));
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
     * Solves with the points per side doubling until the change ({@link #change(CornerSolution)}) is
     * below {@code tolerance}, from 8 per wavelength of every side at mid-side (where the graded
     * spacing is 2 L_c/P_c, L_c the side's length), at least 16 on the shortest side; the finer
     * solution of the last pair is returned.
     *
     * @throws NotConvergedException if the change is still at or above the tolerance when the points
     *     reach {@code maxPoints} in all
     */
    public static CornerSolution solve(PolygonBoundary polygon, double k, IncidentData incident, BoundaryCondition condition,
            double tolerance, int maxPoints) throws InterruptedException {
        int perSide = 16;
        for (int c = 0; c < polygon.sides(); c++) {
            while (perSide * polygon.share(c) < 8 * polygon.side(c).length() * k / (2 * Math.PI)) {
                perSide *= 2;
            }
        }
        CornerSolution previous = solve(polygon, perSide, k, incident, condition);
        while (true) {
            perSide *= 2;
            int points = -polygon.sides();
            for (int c = 0; c < polygon.sides(); c++) {
                points += perSide * polygon.share(c);
            }
            if (points > maxPoints) {
                throw new NotConvergedException(previous.count(), previous.change, Double.NaN, tolerance);
            }
            CornerSolution next = solve(polygon, perSide, k, incident, condition);
            next.change = next.change(previous);
            if (next.change < tolerance) {
                return next;
            }
            previous = next;
        }
    }

    /** The last change measured by {@link #solve(PolygonBoundary, double, IncidentData, BoundaryCondition, double, int)}. */
    double change() {
        return change;
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

    /** The points solved on. */
    public PolygonBoundary.Points points() {
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
    double eta() {
        return eta;
    }

    /** phi at the points in increasing s, interleaved re, im (corners left out). */
    double[] density() {
        return psi.clone();
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
