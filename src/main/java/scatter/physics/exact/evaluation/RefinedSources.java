package scatter.physics.exact.evaluation;

import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.Fourier;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * The refined boundaries of the close evaluation ({@link CloseField}): the trapezoid rule of the
 * density's field on more points than were solved for, as {@link SourceTerms}.
 */
final class RefinedSources {
    private RefinedSources() {
    }

    /**
     * The trapezoid rule of the density's field on N = 2nm equispaced points: the curve's
     * interpolant (positions, unit outward normals, |z'|) and the density's interpolant
     * (zero-padded spectrum), with a_j = (2 pi/N)(eta/4)|z'_j| psi_j and b_j = (2 pi/N)(ik/4)|z'_j| psi_j.
     */
    static SourceTerms refined(SmoothCurve curve, double[][] densityCoefficients, int points, double k, double eta) {
        double[][] z = Fourier.values(curve.coefficients(), 0, points);
        double[][] dz = Fourier.values(curve.coefficients(), 1, points);
        double[][] psi = Fourier.values(densityCoefficients, 0, points);
        double w = 2 * Math.PI / points;
        double[] nx = new double[points];
        double[] ny = new double[points];
        double[] aRe = new double[points];
        double[] aIm = new double[points];
        double[] bRe = new double[points];
        double[] bIm = new double[points];
        for (int j = 0; j < points; j++) {
            double speed = Math.hypot(dz[0][j], dz[1][j]);
            nx[j] = dz[1][j] / speed;
            ny[j] = -dz[0][j] / speed;
            double a = w * 0.25 * eta * speed;
            double b = w * 0.25 * k * speed;
            aRe[j] = a * psi[0][j];
            aIm[j] = a * psi[1][j];
            bRe[j] = -b * psi[1][j];
            bIm[j] = b * psi[0][j];
        }
        return new SourceTerms(points, z[0], z[1], nx, ny, aRe, aIm, bRe, bIm);
    }
}
