package scatter.physics;

import java.util.Arrays;

/**
 * The sources of a scattered field, in the one form the {@link FieldKernel} sums: at an observer p,
 * <pre>
 *   u_scat(p) = sum_j  a_j H0(k R_j) + b_j H1(k R_j) (n_j.r_j)/R_j,    r_j = p - c_j,  R_j = |r_j|,
 * </pre>
 * with c_j the source's position, n_j a unit vector, a_j and b_j complex, and H0, H1 Hankel
 * functions of the first kind. Both physical models produce this form: the Kirchhoff model one
 * source per contour segment ({@link KirchhoffSources}), the exact model one per boundary point.
 * The arrays are kept as a structure of arrays so that the per-observer loop streams through them.
 * Immutable.
 */
public final class SourceTerms {
    final int count;
    final double[] x;
    final double[] y;
    final double[] nx;
    final double[] ny;
    final double[] aRe;
    final double[] aIm;
    final double[] bRe;
    final double[] bIm;

    /**
     * Copies the first {@code count} entries of each array: positions (x, y), unit vectors
     * (nx, ny), and the coefficients a = aRe + i aIm, b = bRe + i bIm.
     */
    public SourceTerms(int count, double[] x, double[] y, double[] nx, double[] ny, double[] aRe, double[] aIm,
            double[] bRe, double[] bIm) {
        for (double[] a : new double[][] {x, y, nx, ny, aRe, aIm, bRe, bIm}) {
            if (a.length < count) {
                throw new IllegalArgumentException("every array needs " + count + " entries, one has " + a.length);
            }
        }
        this.count = count;
        this.x = Arrays.copyOf(x, count);
        this.y = Arrays.copyOf(y, count);
        this.nx = Arrays.copyOf(nx, count);
        this.ny = Arrays.copyOf(ny, count);
        this.aRe = Arrays.copyOf(aRe, count);
        this.aIm = Arrays.copyOf(aIm, count);
        this.bRe = Arrays.copyOf(bRe, count);
        this.bIm = Arrays.copyOf(bIm, count);
    }

    /** The sources of {@code parts}, one after the other in the order given. */
    public static SourceTerms concat(java.util.List<SourceTerms> parts) {
        int count = 0;
        for (SourceTerms p : parts) {
            count += p.count;
        }
        double[][] a = new double[8][count];
        int at = 0;
        for (SourceTerms p : parts) {
            double[][] from = {p.x, p.y, p.nx, p.ny, p.aRe, p.aIm, p.bRe, p.bIm};
            for (int c = 0; c < 8; c++) {
                System.arraycopy(from[c], 0, a[c], at, p.count);
            }
            at += p.count;
        }
        return new SourceTerms(count, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    /** Number of sources. */
    public int count() {
        return count;
    }

    /**
     * The far-field amplitude of the field these sources make, u_scat ~ f(theta) e^{ikr}/sqrt(r),
     * into out[0] + i out[1]: with H0(kR) ~ sqrt(2/(pi k R)) e^{i(kR - pi/4)}, H1 ~ -i H0 (DLMF
     * 10.17.5) and R ~ r - xhat.c_j,
     * <pre>  f(theta) = sqrt(2/(pi k)) e^{-i pi/4} sum_j e^{-ik xhat.c_j} [ a_j - i b_j (n_j.xhat) ],  xhat = (cos theta, sin theta). </pre>
     */
    public void farField(double k, double theta, double[] out) {
        double cx = Math.cos(theta);
        double cy = Math.sin(theta);
        double sumRe = 0;
        double sumIm = 0;
        for (int j = 0; j < count; j++) {
            double nDot = nx[j] * cx + ny[j] * cy;
            // a - i b (n.xhat)
            double tRe = aRe[j] + bIm[j] * nDot;
            double tIm = aIm[j] - bRe[j] * nDot;
            double phase = -k * (cx * x[j] + cy * y[j]);
            double c = Math.cos(phase);
            double s = Math.sin(phase);
            sumRe += tRe * c - tIm * s;
            sumIm += tRe * s + tIm * c;
        }
        // sqrt(2/(pi k)) e^{-i pi/4}
        double scale = Math.sqrt(2 / (Math.PI * k)) * Math.sqrt(0.5);
        out[0] = scale * (sumRe + sumIm);
        out[1] = scale * (sumIm - sumRe);
    }

    /** The sources with these indices, in that order. */
    public SourceTerms select(int[] indices) {
        double[][] a = new double[8][indices.length];
        double[][] from = {x, y, nx, ny, aRe, aIm, bRe, bIm};
        for (int c = 0; c < 8; c++) {
            for (int i = 0; i < indices.length; i++) {
                a[c][i] = from[c][indices[i]];
            }
        }
        return new SourceTerms(indices.length, a);
    }

    /**
     * Sources on the eight arrays {@code owned} (x, y, nx, ny, aRe, aIm, bRe, bIm, each of length
     * count), made here and not copied: the fast multipole evaluation selects the near sources of
     * every leaf next to the curve, and a copy of each selection was half of its garbage.
     */
    private SourceTerms(int count, double[][] owned) {
        this.count = count;
        this.x = owned[0];
        this.y = owned[1];
        this.nx = owned[2];
        this.ny = owned[3];
        this.aRe = owned[4];
        this.aIm = owned[5];
        this.bRe = owned[6];
        this.bIm = owned[7];
    }

    /** Source j's position c_j, x coordinate. */
    public double x(int j) {
        return x[j];
    }

    public double y(int j) {
        return y[j];
    }

    /** Source j's unit vector n_j, x component. */
    public double nx(int j) {
        return nx[j];
    }

    public double ny(int j) {
        return ny[j];
    }

    /** Source j's coefficient a_j of H0, real part. */
    public double aRe(int j) {
        return aRe[j];
    }

    public double aIm(int j) {
        return aIm[j];
    }

    /** Source j's coefficient b_j of H1 (n.r)/R, real part. */
    public double bRe(int j) {
        return bRe[j];
    }

    public double bIm(int j) {
        return bIm[j];
    }
}
