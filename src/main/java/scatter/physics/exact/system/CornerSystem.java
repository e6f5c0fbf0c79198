package scatter.physics.exact.system;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.ZMatrixRMaj;
import scatter.linalg.RowProduct;
import scatter.physics.Hankel;
import scatter.physics.exact.curve.PolygonBoundary;

/**
 * The boundary systems of a boundary with corners (straight or curved sides) on its graded points
 * ({@link PolygonBoundary.Points}), both of the second kind on a boundary with corners.
 *
 * <p><b>Soft</b>: the exact model's combined-field equation phi + K phi - i eta S phi = -2 u_inc,
 * with u_s = DL phi - i eta SL phi, discretised exactly as for a smooth curve ({@link SoftSystem})
 * on the graded parameter (Kress 1990).
 *
 * <p><b>Hard</b>: not the smooth curves' hypersingular equation, which does not converge on the
 * graded points (its error stays at 2e-3 to 6e-1 on the square and the L-shape from 32 to 256
 * points per side: src/test/scripts/corner_study.py). Instead the single-layer ansatz with a
 * regularised double layer (R. Kress, Q. J. Mech. Appl. Math. 38 (1985) 323-341),
 * <pre>
 *   u_s = SL phi + i eta DL chi,   chi = S_rho phi,
 *   (K' - I) phi + i eta [ (T - T_0) S_rho + K_0'^2 - I ] phi = -2 du_inc/dnu,
 * </pre>
 * with S_rho the Laplace single layer of kernel -(1/pi) ln(|x - y|/rho) (rho = 4 R0, beyond the
 * boundary's capacity, so S_rho is injective), K_0' the Laplace K', and the Calderón identity
 * T_0 S_rho = K_0'^2 - I (T_0 annihilates the constant that rho adds). T - T_0 has only a
 * logarithmic singularity, and every operator left is bounded on a Lipschitz boundary with a
 * second-kind principal part; the equation is uniquely solvable for every k &gt; 0 as the
 * combined field is. Parametrised kernels (d = z(s) - z(sigma), r = |d|, n = (z2', -z1'), x = kr,
 * entries off the diagonal (pi/n) A + (R_q - (pi/n) ln(4 sin^2)) A1 as in {@link KressWeights}):
 * <pre>
 *   K':      A = -(ik/2)(d.n(s)) H1(x)/r |z'(sigma)|/|z'(s)|,  A1 = (k/2pi)(d.n(s)) J1(x)/r |z'(sigma)|/|z'(s)|
 *   K_0':    A = -(1/pi)(d.n(s))/r^2 |z'(sigma)|/|z'(s)|  (smooth: trapezoid)
 *   S_rho:   A = -(1/pi) ln(r/rho) |z'(sigma)|,  A1 = -|z'(sigma)|/(2 pi),  A2(s,s) = -(1/pi) ln(|z'(s)|/rho) |z'(s)|
 *   T - T_0: |z'(s)| times it has A = (i/2) k^2 { [H0(x) - 2 h(x)] (d.n(s))(d.n(sigma))/r^2 + h(x) n(s).n(sigma) },
 *            h(x) = H1(x)/x + 2i/(pi x^2) = (J1(x) + i [Y1(x) + 2/(pi x)])/x,
 *            A1 = H1 of {@link HardSystem}, A2(s,s) = i k^2 |z'|^2/4 - (k^2 |z'|^2/2pi) [ln(k|z'|/2) + C - 1/2]
 * </pre>
 * (the T kernel of {@link HardSystem} less its Laplace limit (1/pi)[n.n - 2 (d.n(s))(d.n(sigma))/r^2]/r^2,
 * whose 1/r^2 parts cancel: Y1(x) + 2/(pi x) from its series below x = 1/2, where the difference
 * would lose digits, DLMF 10.8.1).
 *
 * <p><b>Curved sides</b>: the diagonal limits are those of a smooth curve (Colton &amp; Kress 2013,
 * section 3.5, with the expansion d = z' h - z'' h^2/2 + O(h^3), h = s - sigma): K, K' and the Laplace
 * K_0' all tend to -(z' x z'')/(2 pi |z'|^2) at sigma = s (d.n(sigma) = -(h^2/2) z' x z'', d.n(s) =
 * +(h^2/2) z' x z'', r^2 = |z'|^2 h^2, and the kernels are (1/pi) d.n(sigma)/r^2 and -(1/pi) d.n(s)/r^2
 * to leading order), which the diagonal entries carry times pi/n; on a straight side z' x z'' = 0.
 * S, S_rho and T - T_0 have no curvature term on the diagonal: what z'' adds to their kernels is
 * O(h) or O(h ln h) and vanishes at sigma = s (T's curvature terms are all in T_0's hypersingular
 * part, {@link HardSystem}'s H2(s,s), which T - T_0 does not contain).
 */
public final class CornerSystem {
    private final PolygonBoundary.Points p;
    /** R_0 of Kress's weights. */
    private final double r0;
    /** R_q - (pi/n) ln(4 sin^2(q pi/(2n))) at q = 1..2n-1 (entry 0 unused). */
    private final double[] log;
    private final double k;
    private final double eta;
    private final double rho;

    CornerSystem(PolygonBoundary polygon, PolygonBoundary.Points points, double k, double eta) {
        this.p = points;
        int n = points.n;
        // R_q = -(2 pi/n) sum_{m=1}^{n-1} cos(m q pi/n)/m - (pi/n^2)(-1)^q, summed directly: n = m P/2 need
        // not be a power of two (three or six sides), and the O(n^2) sum is small beside the assembly
        double[] cos = new double[2 * n];
        for (int q = 0; q < 2 * n; q++) {
            cos[q] = Math.cos(q * Math.PI / n);
        }
        log = new double[2 * n];
        double first = 0;
        for (int q = 0; q < 2 * n; q++) {
            double sum = 0;
            for (int m = n - 1; m >= 1; m--) {
                sum += cos[(int) ((long) m * q % (2 * n))] / m;
            }
            double r = -(2 * Math.PI / n) * sum - (Math.PI / ((double) n * n)) * (q % 2 == 0 ? 1 : -1);
            if (q == 0) {
                first = r;
            } else {
                int symmetric = q <= n ? q : q - 2 * n;
                double sin = Math.sin(symmetric * Math.PI / (2 * n));
                log[q] = r - (Math.PI / n) * Math.log(4 * sin * sin);
            }
        }
        r0 = first;
        this.k = k;
        this.eta = eta;
        this.rho = 4 * 0.5 * Math.sqrt(2) * polygon.size();
    }

    /** Row i's differences, 1/r, kr and Bessel functions (kr = 1 placeholder at j = i). */
    private void row(int i, double[] dx, double[] dy, double[] invR, double[] kr, double[][] bessel) {
        double[] d = new double[2];
        for (int j = 0; j < p.count; j++) {
            if (j == i) {
                dx[j] = 0;
                dy[j] = 0;
                invR[j] = 0;
                kr[j] = 1;
                continue;
            }
            p.difference(i, j, d);
            dx[j] = d[0];
            dy[j] = d[1];
            double r = Math.hypot(d[0], d[1]);
            invR[j] = 1 / r;
            kr[j] = k * r;
        }
        Hankel.evaluate(kr, p.count, bessel[0], bessel[1], bessel[2], bessel[3]);
    }

    /**
     * The diagonal limit shared by K, K' and the Laplace K_0' at point i, -(z' x z'')/(2 pi |z'|^2)
     * (Colton &amp; Kress 2013, section 3.5; docs/exact.md): zero on a straight side.
     */
    private double curvature(int i) {
        return -p.cross[i] / (2 * Math.PI * p.speed[i] * p.speed[i]);
    }

    /** Kress's log weight for points i, j: R_q - (pi/n) ln(4 sin^2), q = (i - j) mod 2n on the full numbering. */
    private double logWeight(int i, int j) {
        return log[Math.floorMod(p.full[i] - p.full[j], 2 * p.n)];
    }

    /** I + K - i eta S, its rows assembled on {@code rows}. */
    ZMatrixRMaj soft(RowRunner rows) throws InterruptedException {
        ZMatrixRMaj a = new ZMatrixRMaj(p.count, p.count);
        rows.forRows(p.count, (from, to) -> softRows(from, to, a));
        return a;
    }

    /** Rows [from, to) of {@link #soft}. */
    private void softRows(int from, int to, ZMatrixRMaj a) {
        int count = p.count;
        double w = Math.PI / p.n;
        double[] dx = new double[count];
        double[] dy = new double[count];
        double[] invR = new double[count];
        double[] kr = new double[count];
        double[][] b = new double[4][count];
        for (int i = from; i < to; i++) {
            row(i, dx, dy, invR, kr, b);
            int offset = 2 * i * count;
            for (int j = 0; j < count; j++) {
                if (j == i) {
                    continue;
                }
                double lw = logWeight(i, j);
                double g = 0.5 * k * (dx[j] * p.dy[j] - dy[j] * p.dx[j]) * invR[j];
                double kRe = -w * g * b[3][j] - lw * g * b[2][j] / Math.PI;
                double kIm = w * g * b[2][j];
                double half = 0.5 * p.speed[j];
                double sRe = -w * half * b[1][j] - lw * half * b[0][j] / Math.PI;
                double sIm = w * half * b[0][j];
                a.data[offset + 2 * j] = kRe + eta * sIm;
                a.data[offset + 2 * j + 1] = kIm - eta * sRe;
            }
            double speed = p.speed[i];
            double sRe = r0 * DiagonalLimits.m1(speed) + w * DiagonalLimits.m2Re(k, speed);
            double sIm = w * 0.5 * speed;
            a.data[offset + 2 * i] = 1 + eta * sIm + w * curvature(i);
            a.data[offset + 2 * i + 1] = -eta * sRe;
        }
    }

    /** The hard system's matrix and S_rho, which gives the double layer's density chi = S_rho phi. */
    record Hard(ZMatrixRMaj matrix, DMatrixRMaj sRho) {
    }

    /**
     * The hard system: its kernels' rows, the two dense products and the sum, each spread over
     * {@code rows} by rows (every entry is formed by one thread, in the same order whatever the
     * ranges: the matrix is the same bit for bit on any number of threads). Memory: the matrix, the
     * real K_0' and S_rho, and their copies packed for the products ({@link RowProduct}), 48 N^2
     * bytes for N unknowns ({@link #BYTES_PER_ENTRY}); T - T_0 is formed {@value #BLOCK} rows at a
     * time where its products need it, never kept whole.
     */
    Hard hard(RowRunner rows) throws InterruptedException {
        int count = p.count;
        ZMatrixRMaj a = new ZMatrixRMaj(count, count);
        DMatrixRMaj k0 = new DMatrixRMaj(count, count);
        DMatrixRMaj sRho = new DMatrixRMaj(count, count);
        rows.forRows(count, (from, to) -> kernelRows(from, to, a, k0, sRho));
        RowProduct bySRho = new RowProduct(sRho.data, count);
        RowProduct byK0 = new RowProduct(k0.data, count);
        rows.forRows(count, (from, to) -> productRows(from, to, a, k0.data, bySRho, byK0));
        return new Hard(a, sRho);
    }

    /**
     * Bytes per unknown squared that the hard system holds at once: the complex matrix, K_0' and
     * S_rho, and the two packed for their products.
     */
    static final int BYTES_PER_ENTRY = 48;

    /** Rows [from, to) of K' (into a), K_0' and S_rho. */
    private void kernelRows(int from, int to, ZMatrixRMaj kPrime, DMatrixRMaj k0, DMatrixRMaj sRho) {
        int count = p.count;
        double w = Math.PI / p.n;
        double[] dx = new double[count];
        double[] dy = new double[count];
        double[] invR = new double[count];
        double[] kr = new double[count];
        double[][] b = new double[4][count];
        for (int i = from; i < to; i++) {
            row(i, dx, dy, invR, kr, b);
            double nix = p.dy[i];
            double niy = -p.dx[i];
            double invSpeed = 1 / p.speed[i];
            int offset = 2 * i * count;
            for (int j = 0; j < count; j++) {
                if (j == i) {
                    continue;
                }
                double lw = logWeight(i, j);
                double ir = invR[j];
                double dni = dx[j] * nix + dy[j] * niy;
                // K': A = f (Y1 - i J1), A1 = f J1/pi, f = (k/2)(d.n_i)/r |z'_j|/|z'_i|
                double f = 0.5 * k * dni * ir * p.speed[j] * invSpeed;
                kPrime.data[offset + 2 * j] = w * f * b[3][j] + lw * f * b[2][j] / Math.PI;
                kPrime.data[offset + 2 * j + 1] = -w * f * b[2][j];
                // K_0'
                k0.data[i * count + j] = -w * dni * ir * ir * p.speed[j] * invSpeed / Math.PI;
                // S_rho
                double m1 = -p.speed[j] / (2 * Math.PI);
                sRho.data[i * count + j] = w * (-Math.log(kr[j] / (k * rho)) / Math.PI) * p.speed[j] + lw * m1;
            }
            double speed = p.speed[i];
            kPrime.data[offset + 2 * i] = w * curvature(i);
            k0.data[i * count + i] = w * curvature(i);
            sRho.data[i * count + i] = r0 * (-speed / (2 * Math.PI)) - w * Math.log(speed / rho) / Math.PI * speed;
        }
    }

    /**
     * Row i of T - T_0 into re, im, from the row's differences and Bessel functions (as {@link #row} gives them).
     */
    private void tRow(int i, double[] dx, double[] dy, double[] invR, double[] kr, double[][] b, double[] re,
            double[] im) {
        int count = p.count;
        double w = Math.PI / p.n;
        double k2 = k * k;
        double nix = p.dy[i];
        double niy = -p.dx[i];
        double invSpeed = 1 / p.speed[i];
        for (int j = 0; j < count; j++) {
            if (j == i) {
                continue;
            }
            double lw = logWeight(i, j);
            double ir = invR[j];
            double njx = p.dy[j];
            double njy = -p.dx[j];
            double dni = dx[j] * nix + dy[j] * niy;
            double dnj = dx[j] * njx + dy[j] * njy;
            double j0 = b[0][j];
            double y0 = b[1][j];
            double j1 = b[2][j];
            double y1 = b[3][j];
            double x = kr[j];
            double pp = dni * dnj * ir * ir;
            double nn = nix * njx + niy * njy;
            double hRe = j1 / x;
            double hIm = (x >= 0.5 ? y1 + 2 / (Math.PI * x) : y1Regular(x, j1)) / x;
            double aRe = 0.5 * k2 * (-(y0 - 2 * hIm) * pp - hIm * nn);
            double aIm = 0.5 * k2 * ((j0 - 2 * hRe) * pp + hRe * nn);
            double a1 = -(k * ((k * j0 - 2 * j1 * ir) * pp + j1 * ir * nn)) / (2 * Math.PI);
            re[j] = (w * aRe + lw * a1) * invSpeed;
            im[j] = w * aIm * invSpeed;
        }
        double speed = p.speed[i];
        double speed2 = speed * speed;
        double h2Re = -(k2 * speed2 / (2 * Math.PI)) * (Math.log(0.5 * k * speed) + DiagonalLimits.EULER - 0.5);
        re[i] = (r0 * DiagonalLimits.h1(k, speed2) + w * h2Re) * invSpeed;
        im[i] = w * 0.25 * k2 * speed2 * invSpeed;
    }

    /** Rows of T - T_0 formed, and multiplied, at a time: their three products share each tile of S_rho and K_0'. */
    private static final int BLOCK = 32;

    /**
     * Rows [from, to) of A = (K' - I) + i eta [ (T - T_0) S_rho + K_0'^2 - I ], K' already in a:
     * {@value #BLOCK} rows at a time, T - T_0 formed for them and multiplied with S_rho (its real and
     * imaginary parts: S_rho and K_0' are real), the rows of K_0' with K_0' ({@link RowProduct}).
     */
    private void productRows(int from, int to, ZMatrixRMaj a, double[] k0, RowProduct bySRho, RowProduct byK0) {
        int count = p.count;
        double[] dx = new double[count];
        double[] dy = new double[count];
        double[] invR = new double[count];
        double[] kr = new double[count];
        double[][] b = new double[4][count];
        double[][] tRe = new double[BLOCK][count];
        double[][] tIm = new double[BLOCK][count];
        double[][] kRows = new double[BLOCK][];
        double[][] pRe = new double[BLOCK][count];
        double[][] pIm = new double[BLOCK][count];
        double[][] square = new double[BLOCK][count];
        for (int first = from; first < to; first += BLOCK) {
            int block = Math.min(BLOCK, to - first);
            for (int r = 0; r < block; r++) {
                row(first + r, dx, dy, invR, kr, b);
                tRow(first + r, dx, dy, invR, kr, b, tRe[r], tIm[r]);
                kRows[r] = java.util.Arrays.copyOfRange(k0, (first + r) * count, (first + r + 1) * count);
            }
            bySRho.rows(tRe, block, pRe);
            bySRho.rows(tIm, block, pIm);
            byK0.rows(kRows, block, square);
            for (int r = 0; r < block; r++) {
                int i = first + r;
                for (int j = 0; j < count; j++) {
                    int e = i * count + j;
                    double identity = i == j ? 1 : 0;
                    double re = pRe[r][j] + square[r][j] - identity;
                    a.data[2 * e] += -eta * pIm[r][j] - identity;
                    a.data[2 * e + 1] += eta * re;
                }
            }
        }
    }

    /** The product of two count x count row-major real matrices, its rows on {@code rows} ({@link RowProduct}). */
    static double[] multiply(double[] a, double[] b, int count, RowRunner rows) throws InterruptedException {
        double[] c = new double[count * count];
        RowProduct byB = new RowProduct(b, count);
        rows.forRows(count, (from, to) -> {
            double[][] aRows = new double[BLOCK][];
            double[][] cRows = new double[BLOCK][count];
            for (int first = from; first < to; first += BLOCK) {
                int block = Math.min(BLOCK, to - first);
                for (int r = 0; r < block; r++) {
                    aRows[r] = java.util.Arrays.copyOfRange(a, (first + r) * count, (first + r + 1) * count);
                }
                byB.rows(aRows, block, cRows);
                for (int r = 0; r < block; r++) {
                    System.arraycopy(cRows[r], 0, c, (first + r) * count, count);
                }
            }
        });
        return c;
    }

    /**
     * Y1(x) + 2/(pi x), given J1(x): from the series (DLMF 10.8.1)
     * Y1(x) = (2/pi) J1(x) ln(x/2) - 2/(pi x) - (1/pi) sum_m (psi(m+1) + psi(m+2)) (-x^2/4)^m (x/2)/(m! (m+1)!)
     * below x = 1/2 (where Y1 + 2/(pi x) is a difference of terms up to 1e30 times larger), the
     * direct sum above (at most 4 digits lost at x = 1/2).
     */
    static double y1Regular(double x, double j1) {
        if (x >= 0.5) {
            double[] j0 = new double[1];
            double[] y0 = new double[1];
            double[] jj1 = new double[1];
            double[] y1 = new double[1];
            Hankel.evaluate(new double[] {x}, 1, j0, y0, jj1, y1);
            return y1[0] + 2 / (Math.PI * x);
        }
        double q = -0.25 * x * x;
        double term = 0.5 * x;   // (-x^2/4)^m (x/2)/(m! (m+1)!) at m = 0
        double psiSum = -2 * DiagonalLimits.EULER + 1;   // psi(1) + psi(2)
        double sum = 0;
        for (int m = 0; m < 14; m++) {
            sum += psiSum * term;
            term *= q / ((m + 1.0) * (m + 2.0));
            psiSum += 1.0 / (m + 1) + 1.0 / (m + 2);
        }
        return (2 / Math.PI) * j1 * Math.log(0.5 * x) - sum / Math.PI;
    }

    /** -2 u_inc (soft) or -2 du_inc/dnu (hard) at the points, interleaved re, im. */
    ZMatrixRMaj rightHandSide(IncidentData incident, BoundaryCondition condition) {
        ZMatrixRMaj rhs = new ZMatrixRMaj(p.count, 1);
        double[] u = new double[4];
        for (int i = 0; i < p.count; i++) {
            incident.at(p.x[i], p.y[i], p.dy[i] / p.speed[i], -p.dx[i] / p.speed[i], u);
            int part = condition == BoundaryCondition.SOFT ? 0 : 2;
            rhs.data[2 * i] = -2 * u[part];
            rhs.data[2 * i + 1] = -2 * u[part + 1];
        }
        return rhs;
    }
}
