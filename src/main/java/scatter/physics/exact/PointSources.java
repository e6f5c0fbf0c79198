package scatter.physics.exact;

/**
 * Sources of the form a_j H0(k R_j) + b_j H1(k R_j) (nu_j.r_j)/R_j at points c_j (r_j = p - c_j,
 * R_j = |r_j|, nu_j a unit vector), as a structure of arrays: the refined boundaries of the close
 * evaluation. The same form as {@link scatter.physics.SourceTerms}, kept here because the close
 * evaluation sums them itself. Arrays are owned (never written after construction).
 */
final class PointSources {
    final int count;
    final double[] x;
    final double[] y;
    final double[] nx;
    final double[] ny;
    final double[] aRe;
    final double[] aIm;
    final double[] bRe;
    final double[] bIm;

    PointSources(double[] x, double[] y, double[] nx, double[] ny, double[] aRe, double[] aIm, double[] bRe,
            double[] bIm) {
        this.count = x.length;
        this.x = x;
        this.y = y;
        this.nx = nx;
        this.ny = ny;
        this.aRe = aRe;
        this.aIm = aIm;
        this.bRe = bRe;
        this.bIm = bIm;
    }

    /**
     * The trapezoid rule of the density's field on N = 2nm equispaced points: the curve's
     * interpolant (positions, unit outward normals, |z'|) and the density's interpolant
     * (zero-padded spectrum), with a_j = (2 pi/N)(eta/4)|z'_j| psi_j and b_j = (2 pi/N)(ik/4)|z'_j| psi_j.
     */
    static PointSources refined(SmoothCurve curve, double[][] densityCoefficients, int points, double k, double eta) {
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
        return new PointSources(z[0], z[1], nx, ny, aRe, aIm, bRe, bIm);
    }
}
