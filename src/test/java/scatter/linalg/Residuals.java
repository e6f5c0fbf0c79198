package scatter.linalg;

/** How far a solution of a complex system is from exact, for the tests of the LU and of its users. */
public final class Residuals {
    private Residuals() {
    }

    /** ||A x - b|| / (||A|| ||x||) in the infinity norms (the normwise backward error, Higham 2002, section 7.1). */
    public static double backwardError(double[] a, int n, double[] x, double[] b) {
        double residual = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double re = -b[2 * i];
            double im = -b[2 * i + 1];
            double row = 0;
            for (int j = 0; j < n; j++) {
                double ar = a[2 * (i * n + j)];
                double ai = a[2 * (i * n + j) + 1];
                re += ar * x[2 * j] - ai * x[2 * j + 1];
                im += ar * x[2 * j + 1] + ai * x[2 * j];
                row += Math.hypot(ar, ai);
            }
            residual = Math.max(residual, Math.hypot(re, im));
            norm = Math.max(norm, row);
        }
        return residual / (norm * largest(x));
    }

    public static double largest(double[] x) {
        double m = 0;
        for (int j = 0; j < x.length / 2; j++) {
            m = Math.max(m, Math.hypot(x[2 * j], x[2 * j + 1]));
        }
        return m;
    }

    /** max_j |x_j - y_j| / max_j |y_j|. */
    public static double relativeDifference(double[] x, double[] y) {
        double diff = 0;
        for (int j = 0; j < x.length / 2; j++) {
            diff = Math.max(diff, Math.hypot(x[2 * j] - y[2 * j], x[2 * j + 1] - y[2 * j + 1]));
        }
        return diff / largest(y);
    }
}
