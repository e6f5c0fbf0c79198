package scatter.physics.exact.curve;

/**
 * A trigonometric polynomial f(s) = sum_{m=-B}^{B} c_m e^{i m s} with complex coefficients,
 * evaluated at arbitrary s by direct summation: the curve z = x + i y between the points of a
 * discretisation, and the density between its nodes. The powers e^{i m s} come from repeated
 * multiplication by e^{i s}, which costs a relative m times the rounding unit in phase; the
 * coefficients that large m multiply are small for every series used here.
 *
 * <p>Immutable; the evaluation methods write into caller-owned arrays.
 */
public final class TrigSeries {
    private final int bandwidth;
    /** c_m at index m + B. */
    private final double[] re;
    private final double[] im;

    /**
     * The series of the interpolant with coefficients c (FFT order, N of them, see {@link Fourier}),
     * truncated to |m| &lt;= bandwidth &lt;= N/2; at bandwidth N/2 the Nyquist coefficient is split
     * evenly between +N/2 and -N/2.
     */
    public TrigSeries(double[][] c, int bandwidth) {
        int n = c[0].length;
        if (bandwidth < 0 || 2 * bandwidth > n) {
            throw new IllegalArgumentException("bandwidth " + bandwidth + " for " + n + " coefficients");
        }
        this.bandwidth = bandwidth;
        re = new double[2 * bandwidth + 1];
        im = new double[2 * bandwidth + 1];
        for (int k = 0; k < n; k++) {
            int m = Fourier.frequency(k, n);
            if (Math.abs(m) > bandwidth) {
                continue;
            }
            if (2 * m == n) {
                re[bandwidth + m] += 0.5 * c[0][k];
                im[bandwidth + m] += 0.5 * c[1][k];
                re[bandwidth - m] += 0.5 * c[0][k];
                im[bandwidth - m] += 0.5 * c[1][k];
            } else {
                re[bandwidth + m] = c[0][k];
                im[bandwidth + m] = c[1][k];
            }
        }
    }

    /**
     * The smallest bandwidth B such that every coefficient with |m| &gt; B is at most
     * {@code floor} times the largest |c_m|: the modes above it are rounding noise, and a series
     * truncated there costs less to evaluate at arbitrary s.
     */
    public static int bandwidthAbove(double[][] c, double floor) {
        int n = c[0].length;
        double largest = 0;
        for (int k = 0; k < n; k++) {
            largest = Math.max(largest, Math.hypot(c[0][k], c[1][k]));
        }
        int bandwidth = 0;
        for (int k = 0; k < n; k++) {
            if (Math.hypot(c[0][k], c[1][k]) > floor * largest) {
                bandwidth = Math.max(bandwidth, Math.abs(Fourier.frequency(k, n)));
            }
        }
        return bandwidth;
    }

    /** Largest |m| of the series. */
    public int bandwidth() {
        return bandwidth;
    }

    /** f(s) in out[0] + i out[1]. */
    public void value(double s, double[] out) {
        int b = bandwidth;
        double er = Math.cos(s);
        double ei = Math.sin(s);
        double sr = re[b];
        double si = im[b];
        double pr = 1;
        double pi = 0;
        for (int m = 1; m <= b; m++) {
            double t = pr * er - pi * ei;
            pi = pr * ei + pi * er;
            pr = t;
            // c_m e^{ims} + c_{-m} e^{-ims}
            sr += re[b + m] * pr - im[b + m] * pi + re[b - m] * pr + im[b - m] * pi;
            si += re[b + m] * pi + im[b + m] * pr - re[b - m] * pi + im[b - m] * pr;
        }
        out[0] = sr;
        out[1] = si;
    }

    /** f, f', f'' at s: out[0..5] = Re f, Im f, Re f', Im f', Re f'', Im f''. */
    void derivatives(double s, double[] out) {
        int b = bandwidth;
        double er = Math.cos(s);
        double ei = Math.sin(s);
        double f0r = re[b];
        double f0i = im[b];
        double f1r = 0;
        double f1i = 0;
        double f2r = 0;
        double f2i = 0;
        double pr = 1;
        double pi = 0;
        for (int m = 1; m <= b; m++) {
            double t = pr * er - pi * ei;
            pi = pr * ei + pi * er;
            pr = t;
            // a = c_m e^{ims}, q = c_{-m} e^{-ims}; f += a + q, f' += i m (a - q), f'' -= m^2 (a + q)
            double ar = re[b + m] * pr - im[b + m] * pi;
            double ai = re[b + m] * pi + im[b + m] * pr;
            double qr = re[b - m] * pr + im[b - m] * pi;
            double qi = -re[b - m] * pi + im[b - m] * pr;
            f0r += ar + qr;
            f0i += ai + qi;
            f1r -= m * (ai - qi);
            f1i += m * (ar - qr);
            f2r -= (double) m * m * (ar + qr);
            f2i -= (double) m * m * (ai + qi);
        }
        out[0] = f0r;
        out[1] = f0i;
        out[2] = f1r;
        out[3] = f1i;
        out[4] = f2r;
        out[5] = f2i;
    }

    /**
     * f(s0 + h) - f(s0) in out[0] + i out[1], and f'(s0 + h) in out[2] + i out[3], the difference
     * formed from the series, sum_m c_m e^{i m s0} 2i sin(m h/2) e^{i m h/2}, so that it is accurate
     * relative to its own size however small h is.
     */
    public void difference(double s0, double h, double[] out) {
        int b = bandwidth;
        double er = Math.cos(s0);
        double ei = Math.sin(s0);
        double hr = Math.cos(0.5 * h);
        double hi = Math.sin(0.5 * h);
        double dr = 0;
        double di = 0;
        double gr = 0;
        double gi = 0;
        double pr = 1;      // e^{i m s0}
        double pi = 0;
        double wr = 1;      // e^{i m h/2}
        double wi = 0;
        for (int m = 1; m <= b; m++) {
            double t = pr * er - pi * ei;
            pi = pr * ei + pi * er;
            pr = t;
            t = wr * hr - wi * hi;
            wi = wr * hi + wi * hr;
            wr = t;
            // e^{imh} - 1 = 2i sin(mh/2) e^{imh/2}, sin(mh/2) = Im e^{imh/2}; for -m the conjugates
            double twoSin = 2 * wi;
            double fr = -twoSin * wi;       // 2i sin(mh/2) e^{imh/2}
            double fi = twoSin * wr;
            double ar = re[b + m] * pr - im[b + m] * pi;
            double ai = re[b + m] * pi + im[b + m] * pr;
            double qr = re[b - m] * pr + im[b - m] * pi;
            double qi = -re[b - m] * pi + im[b - m] * pr;
            // a (fr + i fi) + q (fr - i fi), since e^{-imh} - 1 is the conjugate factor
            dr += ar * fr - ai * fi + qr * fr + qi * fi;
            di += ar * fi + ai * fr - qr * fi + qi * fr;
            // f'(s0 + h): i m (a e^{imh} - q e^{-imh}), e^{imh} = 1 + factor
            double er2 = 1 + fr;
            double br = ar * er2 - ai * fi;
            double bi = ar * fi + ai * er2;
            double cr = qr * er2 + qi * fi;
            double ci = -qr * fi + qi * er2;
            gr -= m * (bi - ci);
            gi += m * (br - cr);
        }
        out[0] = dr;
        out[1] = di;
        out[2] = gr;
        out[3] = gi;
    }
}
