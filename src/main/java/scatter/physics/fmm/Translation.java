package scatter.physics.fmm;

import java.util.Arrays;

/**
 * One translation of expansion coefficients, from terms -P..P in to terms -Q..Q out: multipole to
 * multipole (M2M), multipole to local (M2L) or local to local (L2L), for one displacement. With
 * Phi_m(X) = H_m(k|X|) e^{i m arg X} and Psi_m(X) = J_m(k|X|) e^{i m arg X}, Graf's addition
 * theorem (DLMF 10.23.7; Abramowitz and Stegun 9.1.79)
 * <pre>
 *   Phi_m(X + Y) = sum_n Phi_{m-n}(X) Psi_n(Y)   (|Y| &lt; |X|),   Psi_m(X + Y) = sum_n Psi_{m-n}(X) Psi_n(Y)
 * </pre>
 * gives, for a multipole expansion u = sum M_m Phi_m(p - c) and a local one u = sum L_n Psi_n(p - c),
 * <pre>
 *   M2M, child c1 to parent c2:        M'_l = sum_m M_m Psi_{m-l}(c2 - c1)
 *   M2L, source box c1 to target c2:    L_n  = sum_m M_m Phi_{m-n}(c2 - c1)
 *   L2L, parent c2 to child c3:        L'_l = sum_n L_n Psi_{n-l}(c3 - c2)
 * </pre>
 * all of the form out_o = sum_i in_i c_{i-o}: Toeplitz matrices. (Phi_{-j} = (-1)^j Phi_j with
 * the angle's sign flipped, and likewise Psi.) Coefficients are stored scaled by the box's scale s
 * (min(1, k a), a the box's radius): a multipole's M_m / s^|m|, a local's L_n s^|n|, so that
 * neither overflows where boxes are small next to the wavelength; the matrices carry the scales.
 *
 * <p>Two forms. Dense: the (2Q+1) x (2P+1) matrix, O(PQ) per application, for small orders and
 * wherever the scales are not 1. Fourier: where every scale is 1 (boxes at least a wavelength /
 * 2 pi across) the matrix is Toeplitz and is applied as a cyclic convolution of length N &gt;=
 * 2P + 2Q + 1, a power of two, by FFTs: O(N log N) per application, and for M2L O(N) per
 * source box once its coefficients are transformed (the sum over an interaction list is taken in
 * the transformed domain, then transformed back once). This is the same arithmetic as fmm2d's
 * diagonal forms for large boxes, whose samples in angle are the FFT's. Immutable.
 */
final class Translation {
    /** Orders P of the input and Q of the output. */
    final int pIn;
    final int pOut;
    /** Dense form: row o + Q holds the entries for output term o, column i + P for input i. */
    private final double[] denseRe;
    private final double[] denseIm;
    /** Fourier form: the transform of the cyclic kernel. */
    private final Radix2Fft fft;
    private final double[] kernelRe;
    private final double[] kernelIm;

    private Translation(int pIn, int pOut, double[] denseRe, double[] denseIm, Radix2Fft fft, double[] kernelRe,
            double[] kernelIm) {
        this.pIn = pIn;
        this.pOut = pOut;
        this.denseRe = denseRe;
        this.denseIm = denseIm;
        this.fft = fft;
        this.kernelRe = kernelRe;
        this.kernelIm = kernelIm;
    }

    /** Which operator, and so which function and which scale factors. */
    enum Kind {
        M2M, M2L, L2L
    }

    /**
     * The translation of {@code kind} by the displacement (dx, dy) (c2 - c1 for M2M and M2L, c3 - c2
     * for L2L), from an expansion of order pIn and scale sIn to one of order pOut and scale sOut, in
     * Fourier form if {@code fft} is given (every scale must be 1 then), else dense.
     */
    static Translation of(Kind kind, double k, double dx, double dy, int pIn, double sIn, int pOut, double sOut,
            Radix2Fft fft) {
        int jMax = pIn + pOut;
        double rho = Math.hypot(dx, dy);
        double angle = Math.atan2(dy, dx);
        // the base function of |j|, scaled by t^|j| (H) or t^-|j| (J)
        double t = kind == Kind.M2L ? sIn : Math.min(sIn, sOut);
        double[] baseRe = new double[jMax + 1];
        double[] baseIm = new double[jMax + 1];
        if (kind == Kind.M2L) {
            CylinderFunctions.hankel(k * rho, t, jMax, baseRe, baseIm);
        } else {
            CylinderFunctions.besselJ(k * rho, t, jMax, baseRe);
        }
        // c_j for j = -jMax..jMax, unscaled where t = 1
        double[] cRe = new double[2 * jMax + 1];
        double[] cIm = new double[2 * jMax + 1];
        for (int j = -jMax; j <= jMax; j++) {
            int a = Math.abs(j);
            double sign = j < 0 && (a & 1) == 1 ? -1 : 1;
            double c = Math.cos(j * angle);
            double s = Math.sin(j * angle);
            cRe[j + jMax] = sign * (baseRe[a] * c - baseIm[a] * s);
            cIm[j + jMax] = sign * (baseRe[a] * s + baseIm[a] * c);
        }
        if (fft != null) {
            if (sIn != 1 || sOut != 1) {
                throw new IllegalArgumentException("the Fourier form needs unscaled expansions");
            }
            int n = fft.length();
            if (n < 2 * pIn + 2 * pOut + 1) {
                throw new IllegalArgumentException("FFT of " + n + " too short for orders " + pIn + ", " + pOut);
            }
            double[] wRe = new double[n];
            double[] wIm = new double[n];
            for (int j = -jMax; j <= jMax; j++) {
                int r = Math.floorMod(-j + pOut - pIn, n);
                wRe[r] = cRe[j + jMax];
                wIm[r] = cIm[j + jMax];
            }
            fft.forward(wRe, wIm);
            return new Translation(pIn, pOut, null, null, fft, wRe, wIm);
        }
        int width = 2 * pIn + 1;
        double[] re = new double[(2 * pOut + 1) * width];
        double[] im = new double[re.length];
        for (int o = -pOut; o <= pOut; o++) {
            for (int i = -pIn; i <= pIn; i++) {
                int j = i - o;
                double factor = scale(kind, t, sIn, sOut, Math.abs(i), Math.abs(o), Math.abs(j));
                int at = (o + pOut) * width + i + pIn;
                re[at] = cRe[j + jMax] * factor;
                im[at] = cIm[j + jMax] * factor;
            }
        }
        return new Translation(pIn, pOut, re, im, null, null, null);
    }

    /**
     * The entry's scale factor beyond the base function's own t^|j|: M2L s^(|i| + |o| - |j|);
     * M2M sc^(|j| + |i| - |o|) (sc/sp)^|o|; L2L sc^(|j| + |o| - |i|) (sc/sp)^|i| (sc the child's
     * scale, sp the parent's). Every exponent is &gt;= 0, so nothing overflows.
     */
    private static double scale(Kind kind, double t, double sIn, double sOut, int i, int o, int j) {
        return switch (kind) {
            case M2L -> Math.pow(t, i + o - j);
            case M2M -> Math.pow(sIn, j + i - o) * Math.pow(sIn / sOut, o);
            case L2L -> Math.pow(sOut, j + o - i) * Math.pow(sOut / sIn, i);
        };
    }

    boolean fourier() {
        return fft != null;
    }

    /** Adds this translation of (inRe, inIm) to (outRe, outIm), in either form. */
    void apply(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        apply(inRe, inIm, 0, outRe, outIm);
    }

    /**
     * Adds this translation of the coefficients at {@code inAt} of (inRe, inIm) (an expansion kept
     * among others in one array) to (outRe, outIm), in either form.
     */
    void apply(double[] inRe, double[] inIm, int inAt, double[] outRe, double[] outIm) {
        if (fft == null) {
            applyDense(inRe, inIm, inAt, outRe, outIm);
            return;
        }
        int n = fft.length();
        double[] re = new double[n];
        double[] im = new double[n];
        transformInput(fft, pIn, inRe, inIm, inAt, re, im);
        double[] accRe = new double[n];
        double[] accIm = new double[n];
        accumulate(re, im, 0, accRe, accIm);
        addOutput(fft, pOut, accRe, accIm, outRe, outIm);
    }

    private void applyDense(double[] inRe, double[] inIm, int inAt, double[] outRe, double[] outIm) {
        int width = 2 * pIn + 1;
        for (int o = 0; o < 2 * pOut + 1; o++) {
            int row = o * width;
            double sRe = 0;
            double sIm = 0;
            for (int i = 0; i < width; i++) {
                double ar = denseRe[row + i];
                double ai = denseIm[row + i];
                double xr = inRe[inAt + i];
                double xi = inIm[inAt + i];
                sRe += ar * xr - ai * xi;
                sIm += ar * xi + ai * xr;
            }
            outRe[o] += sRe;
            outIm[o] += sIm;
        }
    }

    /** The transform of the input coefficients, padded: input term i at position i + P. */
    static void transformInput(Radix2Fft fft, int pIn, double[] inRe, double[] inIm, double[] re, double[] im) {
        transformInput(fft, pIn, inRe, inIm, 0, re, im);
    }

    /**
     * As {@link #transformInput(Radix2Fft, int, double[], double[], double[], double[])}, the input
     * at {@code inAt}.
     */
    static void transformInput(Radix2Fft fft, int pIn, double[] inRe, double[] inIm, int inAt, double[] re,
            double[] im) {
        Arrays.fill(re, 0);
        Arrays.fill(im, 0);
        System.arraycopy(inRe, inAt, re, 0, 2 * pIn + 1);
        System.arraycopy(inIm, inAt, im, 0, 2 * pIn + 1);
        fft.forward(re, im);
    }

    /**
     * acc += kernel * input, both transformed (Fourier form only), the input at {@code at} of (re, im)
     * (transforms kept one after the other in one array).
     */
    void accumulate(double[] re, double[] im, int at, double[] accRe, double[] accIm) {
        for (int f = 0; f < accRe.length; f++) {
            double xr = re[at + f];
            double xi = im[at + f];
            accRe[f] += kernelRe[f] * xr - kernelIm[f] * xi;
            accIm[f] += kernelRe[f] * xi + kernelIm[f] * xr;
        }
    }

    /**
     * Transforms the accumulated sum back (in place) and adds output term o, at position o + Q, to
     * (outRe, outIm).
     */
    static void addOutput(Radix2Fft fft, int pOut, double[] accRe, double[] accIm, double[] outRe, double[] outIm) {
        fft.inverse(accRe, accIm);
        for (int o = 0; o < 2 * pOut + 1; o++) {
            outRe[o] += accRe[o];
            outIm[o] += accIm[o];
        }
    }
}
