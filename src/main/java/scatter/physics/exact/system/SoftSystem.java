package scatter.physics.exact.system;

import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Incident;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.BoundaryPoints;

/**
 * The sound-soft problem (u = 0 on the boundary), Nyström-discretised: with the combined-field
 * ansatz u_s = int { dPhi/dnu(y) - i eta Phi } phi ds, the density solves
 * <pre>  phi + K phi - i eta S phi = -2 u_inc </pre>
 * (Colton &amp; Kress, Inverse Acoustic and Electromagnetic Scattering Theory, 3rd ed. 2013,
 * theorem 3.11 and section 3.5). With d = z(s) - z(sigma), r = |d|, n(sigma) = (z2', -z1')
 * (outward, length |z'|), the parametrised kernels and their logarithmic parts are
 * <pre>
 *   K:  L  = (ik/2) (d.n(sigma)) H1(kr)/r,      L1 = -(k/2pi) (d.n(sigma)) J1(kr)/r,
 *       L2(s,s) = -(z' x z'')/(2 pi |z'|^2),     L1(s,s) = 0;
 *   S:  M  = (i/2) H0(kr) |z'(sigma)|,           M1 = -(1/2pi) J0(kr) |z'(sigma)|,
 *       M2(s,s) = [ i/2 - C/pi - (1/pi) ln(k |z'(s)|/2) ] |z'(s)|,  M1(s,s) = -|z'(s)|/(2 pi)
 * </pre>
 * (C Euler's constant), and row i of the system is
 * psi_i + sum_j [R L1 + (pi/n) L2]_ij psi_j - i eta sum_j [R M1 + (pi/n) M2]_ij psi_j = -2 u_inc(z_i).
 * Off the diagonal an entry is (pi/n) A + (R_p - (pi/n) ln(4 sin^2)) A1, see {@link KressWeights}.
 */
final class SoftSystem extends NystromSystem {
    SoftSystem(BoundaryPoints points, KressWeights weights, Incident wave, double eta) {
        super(points, weights, wave, eta);
    }

    @Override
    void fillRow(int i, Row row, double[] data, int offset) {
        BoundaryPoints p = points;
        int count = p.count;
        double w = Math.PI / p.n;
        double[] logWeight = weights.log;
        double halfK = 0.5 * k;
        for (int j = 0; j < count; j++) {
            int q = i - j < 0 ? i - j + count : i - j;
            double a = logWeight[q];
            // K: L = (ik/2)(d.n_j) H1/r = g (i J1 - Y1), L1 = -g J1 / pi, g = (k/2)(d.n_j)/r
            double g = halfK * (row.dx[j] * p.dy[j] - row.dy[j] * p.dx[j]) * row.invR[j];
            double kRe = -w * g * row.y1[j] - a * g * row.j1[j] / Math.PI;
            double kIm = w * g * row.j1[j];
            // S: M = (|z'_j|/2)(i J0 - Y0), M1 = -|z'_j| J0 / (2 pi)
            double half = 0.5 * p.speed[j];
            double sRe = -w * half * row.y0[j] - a * half * row.j0[j] / Math.PI;
            double sIm = w * half * row.j0[j];
            // K - i eta S
            data[offset + 2 * j] = kRe + eta * sIm;
            data[offset + 2 * j + 1] = kIm - eta * sRe;
        }
        double speed = p.speed[i];
        double cross = p.dx[i] * p.ddy[i] - p.dy[i] * p.ddx[i];
        double l2 = DiagonalLimits.l2(cross, speed * speed);
        double sRe = weights.r0 * DiagonalLimits.m1(speed) + w * DiagonalLimits.m2Re(k, speed);
        double sIm = w * 0.5 * speed;
        data[offset + 2 * i] = 1 + w * l2 + eta * sIm;
        data[offset + 2 * i + 1] = -eta * sRe;
    }

    /** -2 u_inc(z_i). */
    @Override
    ZMatrixRMaj rightHandSide() {
        int count = points.count;
        ZMatrixRMaj b = new ZMatrixRMaj(count, 1);
        double[] u = new double[2];
        for (int i = 0; i < count; i++) {
            wave.value(points.x[i], points.y[i], u);
            b.data[2 * i] = -2 * u[0];
            b.data[2 * i + 1] = -2 * u[1];
        }
        return b;
    }
}
