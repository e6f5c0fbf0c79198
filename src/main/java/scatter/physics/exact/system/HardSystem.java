package scatter.physics.exact.system;

import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Incident;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.BoundaryPoints;

/**
 * The sound-hard problem (du/dnu = 0 on the boundary, the teaching code's model), Nyström-
 * discretised: with the combined-field ansatz u_s = int { dPhi/dnu(y) - i eta Phi } phi ds the
 * density solves
 * <pre>  T phi - i eta K' phi + i eta phi = -2 du_inc/dnu </pre>
 * (the outside limits: d/dnu of the double layer is T/2, of the single layer (K' - I)/2; Colton
 * &amp; Kress 2013, theorem 3.1). With d = z(s) - z(sigma), r = |d|, n = (z2', -z1'):
 * <pre>
 *   K': L' = -(ik/2)(d.n(s)) H1(kr)/r |z'(sigma)|/|z'(s)|,  L'1 = (k/2pi)(d.n(s)) J1(kr)/r |z'(sigma)|/|z'(s)|,
 *       L'2(s,s) = -(z' x z'')/(2 pi |z'|^2);
 *   T:  |z'(s)| (T phi)(z(s)) = finite part of int H(s,sigma) psi(sigma) d sigma,
 *       H  = (i/2) { k [k H0 - 2 H1/r] (d.n(s))(d.n(sigma))/r^2 + k H1/r n(s).n(sigma) },
 *       H  = 1/(4 pi sin^2((s-sigma)/2)) + H1 ln(4 sin^2((s-sigma)/2)) + H2,
 *       H1 = -(1/2pi) { k [k J0 - 2 J1/r] (d.n(s))(d.n(sigma))/r^2 + k J1/r n(s).n(sigma) },
 *       H1(s,s) = -k^2 |z'|^2/(4 pi),
 *       H2(s,s) = (z' x z'')^2/(2 pi |z'|^4) + [ (z'.z''')/6 - |z''|^2/4 ]/(pi |z'|^2) - 1/(12 pi)
 *                 + i k^2 |z'|^2/4 - (k^2 |z'|^2/(2 pi)) [ ln(k |z'|/2) + C - 1/2 ]
 * </pre>
 * (R. Kress, J. Comput. Appl. Math. 61 (1995) 345-360). H2(s,s) is the limit sigma -&gt; s of
 * H - 1/(4 pi sin^2) - H1 ln(4 sin^2): the first three terms come from
 * n(s).n(sigma)/(pi r^2) = 1/(pi e^2) + [(z'.z''')/6 - |z''|^2/4]/(pi |z'|^2) + O(e) and
 * 1/(4 sin^2(e/2)) = 1/e^2 + 1/12 + O(e^2) (e = sigma - s), and from
 * (d.n(s))(d.n(sigma))/r^4 -&gt; -(z' x z'')^2/(4 |z'|^4) against -2 H1/r ~ 4i/(pi k r^2); the others
 * from the small-argument series J1(x)/x = 1/2 + ..., Y1(x)/x = -2/(pi x^2) + (1/pi) ln(x/2)
 * - (1 - 2C)/(2 pi) + ... (DLMF 10.8.1) with ln(k r/2) = ln(4 sin^2)/2 + ln(k |z'|/2) + o(1).
 * Row i: (1/|z'_i|) sum_j [T + R H1 + (pi/n) H2]_ij psi_j - i eta sum_j [R L'1 + (pi/n) L'2]_ij psi_j
 * + i eta psi_i = -2 du_inc/dnu(z_i).
 */
final class HardSystem extends NystromSystem {
    HardSystem(BoundaryPoints points, KressWeights weights, Incident wave, double eta) {
        super(points, weights, wave, eta);
    }

    @Override
    void fillRow(int i, Row row, double[] data, int offset) {
        BoundaryPoints p = points;
        int count = p.count;
        double w = Math.PI / p.n;
        double[] logWeight = weights.log;
        double[] hyperWeight = weights.hyper;
        // n(s_i) = (z2', -z1')
        double nix = p.dy[i];
        double niy = -p.dx[i];
        double invSpeed = 1 / p.speed[i];
        for (int j = 0; j < count; j++) {
            int q = i - j < 0 ? i - j + count : i - j;
            double a = logWeight[q];
            double invR = row.invR[j];
            double njx = p.dy[j];
            double njy = -p.dx[j];
            double dni = row.dx[j] * nix + row.dy[j] * niy;
            double dnj = row.dx[j] * njx + row.dy[j] * njy;
            double pp = dni * dnj * invR * invR;
            double nn = nix * njx + niy * njy;
            // H = (i/2)(X + iY): X from J, Y from Y; H1 = -X/(2 pi)
            double x = k * ((k * row.j0[j] - 2 * row.j1[j] * invR) * pp + row.j1[j] * invR * nn);
            double y = k * ((k * row.y0[j] - 2 * row.y1[j] * invR) * pp + row.y1[j] * invR * nn);
            double tRe = (w * (-0.5 * y) + a * (-x / (2 * Math.PI)) + hyperWeight[q]) * invSpeed;
            double tIm = w * (0.5 * x) * invSpeed;
            // K': L' = f (Y1 - i J1), L'1 = f J1 / pi, f = (k/2)(d.n_i)/r |z'_j|/|z'_i|
            double f = 0.5 * k * dni * invR * p.speed[j] * invSpeed;
            double cRe = w * f * row.y1[j] + a * f * row.j1[j] / Math.PI;
            double cIm = -w * f * row.j1[j];
            // T - i eta K'
            data[offset + 2 * j] = tRe + eta * cIm;
            data[offset + 2 * j + 1] = tIm - eta * cRe;
        }
        double speed2 = p.speed[i] * p.speed[i];
        double cross = p.dx[i] * p.ddy[i] - p.dy[i] * p.ddx[i];
        double dot3 = p.dx[i] * p.dddx[i] + p.dy[i] * p.dddy[i];
        double curvature2 = p.ddx[i] * p.ddx[i] + p.ddy[i] * p.ddy[i];
        double h2Re = DiagonalLimits.h2Re(k, cross, dot3, curvature2, speed2);
        double h2Im = 0.25 * k * k * speed2;
        double l2 = DiagonalLimits.l2(cross, speed2);
        data[offset + 2 * i] = (weights.t0 + weights.r0 * DiagonalLimits.h1(k, speed2) + w * h2Re) * invSpeed;
        data[offset + 2 * i + 1] = w * h2Im * invSpeed - eta * w * l2 + eta;
    }

    /**
     * -2 du_inc/dnu(z_i): for a plane wave -2 i k (d.nu_i) u_inc(z_i), for another incident wave
     * from its own derivative along nu_i ({@link Incident#valueAndDerivative}).
     */
    @Override
    ZMatrixRMaj rightHandSide() {
        int count = points.count;
        ZMatrixRMaj b = new ZMatrixRMaj(count, 1);
        if (!(wave instanceof PlaneWave)) {
            double[] u = new double[4];
            for (int i = 0; i < count; i++) {
                wave.valueAndDerivative(points.x[i], points.y[i], points.dy[i] / points.speed[i],
                        -points.dx[i] / points.speed[i], u);
                b.data[2 * i] = -2 * u[2];
                b.data[2 * i + 1] = -2 * u[3];
            }
            return b;
        }
        PlaneWave plane = (PlaneWave) wave;
        for (int i = 0; i < count; i++) {
            double phase = plane.phase(points.x[i], points.y[i]);
            double g = (plane.kx() * points.dy[i] - plane.ky() * points.dx[i]) / points.speed[i];
            b.data[2 * i] = 2 * g * Math.sin(phase);
            b.data[2 * i + 1] = -2 * g * Math.cos(phase);
        }
        return b;
    }
}
