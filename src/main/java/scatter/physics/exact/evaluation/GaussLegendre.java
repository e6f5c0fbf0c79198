package scatter.physics.exact.evaluation;

/**
 * The 16-point Gauss-Legendre rule on [-1, 1], exact for polynomials of degree 31: nodes are the
 * zeros of P_16, found by Newton's method from Tricomi's estimate cos(pi (i - 1/4)/(N + 1/2)),
 * weights 2 / ((1 - x^2) P_16'(x)^2) (Abramowitz &amp; Stegun 25.4.29; DLMF 3.5.19). Computed once;
 * the arrays are never written after.
 */
final class GaussLegendre {
    static final int POINTS = 16;
    private static final double[] NODES = new double[POINTS];
    private static final double[] WEIGHTS = new double[POINTS];

    static {
        for (int i = 0; i < POINTS; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (POINTS + 0.5));
            double derivative = 0;
            for (int step = 0; step < 100; step++) {
                // P_N(x) and P_N'(x) by the three-term recurrence
                double p0 = 1;
                double p1 = x;
                for (int m = 2; m <= POINTS; m++) {
                    double p2 = ((2 * m - 1) * x * p1 - (m - 1) * p0) / m;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = POINTS * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / derivative;
                x -= dx;
                if (Math.abs(dx) < 1e-17) {
                    break;
                }
            }
            NODES[i] = x;
            WEIGHTS[i] = 2 / ((1 - x * x) * derivative * derivative);
        }
    }

    private GaussLegendre() {
    }

    static double node(int i) {
        return NODES[i];
    }

    static double weight(int i) {
        return WEIGHTS[i];
    }
}
