package scatter.physics.exact.system.rcip;

/**
 * The 16-point Gauss-Legendre rule on [-1, 1] of every panel, and the two small linear maps built
 * on its nodes t_j: the solution of the Vandermonde system sum_j t_j^k w_j = m_k (k = 0..15), which
 * turns moments of a kernel against the monomials into product-integration weights (exact for the
 * density's interpolating polynomial; Helsing &amp; Ojala, J. Comput. Phys. 227 (2008) 2899-2921,
 * section 4), and the interpolation from a panel's nodes to the nodes of its two halves (RCIP's
 * prolongation, Helsing's tutorial, arXiv:1207.6737, section 6).
 *
 * <p>Nodes: zeros of P_16 by Newton's method from Tricomi's estimate; weights 2/((1 - t^2) P_16'(t)^2)
 * (DLMF 3.5.19). The Vandermonde matrix is factored once (LU with partial pivoting); its condition
 * number, about 1e5 in the monomials, costs a few digits of the weights' single entries but not of
 * their sums against smooth densities (Helsing &amp; Ojala, section 4.1). Immutable after class
 * initialisation.
 */
final class Gauss16 {
    static final int N = 16;
    private static final double[] NODE = new double[N];
    private static final double[] WEIGHT = new double[N];
    /** LU of V, V[k][j] = t_j^k, row-major, with its row pivots. */
    private static final double[] LU = new double[N * N];
    private static final int[] PIVOT = new int[N];
    /** HALVES[a * N + j]: the Lagrange basis l_j at the node a of the two halves ((t_a - 1)/2 for a < N, then (t + 1)/2). */
    private static final double[] HALVES = new double[2 * N * N];

    static {
        for (int i = 0; i < N; i++) {
            double x = -Math.cos(Math.PI * (i + 0.75) / (N + 0.5));
            double derivative = 0;
            for (int step = 0; step < 100; step++) {
                double p0 = 1;
                double p1 = x;
                for (int m = 2; m <= N; m++) {
                    double p2 = ((2 * m - 1) * x * p1 - (m - 1) * p0) / m;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = N * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / derivative;
                x -= dx;
                if (Math.abs(dx) < 1e-17) {
                    break;
                }
            }
            NODE[i] = x;
            WEIGHT[i] = 2 / ((1 - x * x) * derivative * derivative);
        }
        for (int k = 0; k < N; k++) {
            for (int j = 0; j < N; j++) {
                LU[k * N + j] = Math.pow(NODE[j], k);
            }
        }
        for (int c = 0; c < N; c++) {
            int p = c;
            for (int r = c + 1; r < N; r++) {
                if (Math.abs(LU[r * N + c]) > Math.abs(LU[p * N + c])) {
                    p = r;
                }
            }
            PIVOT[c] = p;
            if (p != c) {
                for (int j = 0; j < N; j++) {
                    double t = LU[c * N + j];
                    LU[c * N + j] = LU[p * N + j];
                    LU[p * N + j] = t;
                }
            }
            for (int r = c + 1; r < N; r++) {
                double l = LU[r * N + c] / LU[c * N + c];
                LU[r * N + c] = l;
                for (int j = c + 1; j < N; j++) {
                    LU[r * N + j] -= l * LU[c * N + j];
                }
            }
        }
        for (int a = 0; a < 2 * N; a++) {
            double t = a < N ? 0.5 * (NODE[a] - 1) : 0.5 * (NODE[a - N] + 1);
            for (int j = 0; j < N; j++) {
                double l = 1;
                for (int m = 0; m < N; m++) {
                    if (m != j) {
                        l *= (t - NODE[m]) / (NODE[j] - NODE[m]);
                    }
                }
                HALVES[a * N + j] = l;
            }
        }
    }

    private Gauss16() {
    }

    static double node(int j) {
        return NODE[j];
    }

    static double weight(int j) {
        return WEIGHT[j];
    }

    /** l_j at node a of the halves [-1, 0] (a &lt; 16) and [0, 1] (a &gt;= 16) of the panel. */
    static double halves(int a, int j) {
        return HALVES[a * N + j];
    }

    /** Overwrites m (moments k = 0..15) with w solving sum_j t_j^k w_j = m_k. */
    static void weightsFromMoments(double[] m) {
        for (int c = 0; c < N; c++) {
            int p = PIVOT[c];
            double t = m[c];
            m[c] = m[p];
            m[p] = t;
        }
        for (int r = 1; r < N; r++) {
            double s = m[r];
            for (int j = 0; j < r; j++) {
                s -= LU[r * N + j] * m[j];
            }
            m[r] = s;
        }
        for (int r = N - 1; r >= 0; r--) {
            double s = m[r];
            for (int j = r + 1; j < N; j++) {
                s -= LU[r * N + j] * m[j];
            }
            m[r] = s / LU[r * N + r];
        }
    }
}
