package scatter.physics.exact.system.rcip;

import scatter.linalg.ComplexLu;
import scatter.linalg.ParallelRows;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.IncidentData;

/**
 * The sound-soft combined-field equation phi + K phi - i eta S phi = -2 u_inc on a polygon, on
 * panels: either on the dyadically refined mesh as it is ({@link #refined}), or compressed by RCIP
 * ({@link #compressed}): (I + M^o R) rho~ = -2 u_inc on the coarse mesh, M^o the coarse operator
 * without the interactions inside each corner's four panels, R block diagonal with each corner's
 * {@link CornerCompression} block (the identity elsewhere), and R rho~ the weight-corrected density
 * (Helsing's tutorial, arXiv:1207.6737, eqs. (19)-(24)). Both solve the same discrete equation: their
 * fields agree to rounding for the same levels.
 */
public final class RcipSolver {
    private RcipSolver() {
    }

    /** On the refined mesh: panels at most {@code panelLength} long, the corner panels halved {@code levels} times. */
    public static PanelSolution refined(PolygonBoundary polygon, double panelLength, int levels, double k, double eta,
            IncidentData incident, ParallelRows rows) throws InterruptedException {
        long start = System.nanoTime();
        PolygonPanels panels = new PolygonPanels(polygon, panelLength);
        PanelMesh mesh = panels.refined(panelLength, levels);
        int n = mesh.nodes();
        double[] a = new double[2 * n * n];
        CombinedField op = new CombinedField(k, eta);
        rows.forRows(n, (from, to) -> op.rows(mesh, from, to, a));
        for (int i = 0; i < n; i++) {
            a[2 * (i * n + i)] += 1;
        }
        double[] phi = ComplexLu.factor(a, n, rows).solve(rightHandSide(mesh, incident));
        return new PanelSolution(mesh, phi, k, eta, System.nanoTime() - start);
    }

    /** By RCIP: coarse panels at most {@code panelLength} long, each corner compressed over {@code levels} levels. */
    public static PanelSolution compressed(PolygonBoundary polygon, double panelLength, int levels, double k, double eta,
            IncidentData incident, ParallelRows rows) throws InterruptedException {
        long start = System.nanoTime();
        PolygonPanels panels = new PolygonPanels(polygon, panelLength);
        PanelMesh mesh = panels.coarse;
        int n = mesh.nodes();
        int m = polygon.sides();
        CombinedField op = new CombinedField(k, eta);
        double[][] r = new double[m][];
        int[][] index = new int[m][];
        double[] in = new double[2];
        double[] out = new double[2];
        for (int c = 0; c < m; c++) {
            panels.direction((c + m - 1) % m, in);
            panels.direction(c, out);
            index[c] = new int[CornerCompression.COARSE];
            for (int q = 0; q < 4; q++) {
                for (int l = 0; l < Gauss16.N; l++) {
                    index[c][q * Gauss16.N + l] = panels.cornerPanels[c][q] * Gauss16.N + l;
                }
            }
        }
        rows.forRows(m, (from, to) -> {
            for (int c = from; c < to; c++) {
                double[] e = new double[2];
                double[] f = new double[2];
                panels.direction((c + m - 1) % m, e);
                panels.direction(c, f);
                r[c] = CornerCompression.compress(e[0], e[1], f[0], f[1], panels.cornerLength(c), levels, op);
            }
        });
        double[] a = new double[2 * n * n];
        rows.forRows(n, (from, to) -> op.rows(mesh, from, to, a));
        int[] corner = new int[n];
        java.util.Arrays.fill(corner, -1);
        for (int c = 0; c < m; c++) {
            for (int i : index[c]) {
                corner[i] = c;
            }
        }
        rows.forRows(n, (from, to) -> {
            double[] v = new double[2 * CornerCompression.COARSE];
            for (int i = from; i < to; i++) {
                int row = 2 * i * n;
                for (int c = 0; c < m; c++) {
                    int[] idx = index[c];
                    // M^o: nothing inside the corner's own block
                    if (corner[i] == c) {
                        for (int j : idx) {
                            a[row + 2 * j] = 0;
                            a[row + 2 * j + 1] = 0;
                        }
                        continue;
                    }
                    for (int q = 0; q < idx.length; q++) {
                        v[2 * q] = a[row + 2 * idx[q]];
                        v[2 * q + 1] = a[row + 2 * idx[q] + 1];
                    }
                    double[] w = Dense.times(v, r[c], 1, idx.length, idx.length);
                    for (int q = 0; q < idx.length; q++) {
                        a[row + 2 * idx[q]] = w[2 * q];
                        a[row + 2 * idx[q] + 1] = w[2 * q + 1];
                    }
                }
                a[row + 2 * i] += 1;
            }
        });
        double[] rho = ComplexLu.factor(a, n, rows).solve(rightHandSide(mesh, incident));
        double[] hat = rho.clone();
        for (int c = 0; c < m; c++) {
            int[] idx = index[c];
            int size = idx.length;
            for (int q = 0; q < size; q++) {
                double re = 0;
                double im = 0;
                for (int s = 0; s < size; s++) {
                    double rr = r[c][2 * (q * size + s)];
                    double ri = r[c][2 * (q * size + s) + 1];
                    re += rr * rho[2 * idx[s]] - ri * rho[2 * idx[s] + 1];
                    im += rr * rho[2 * idx[s] + 1] + ri * rho[2 * idx[s]];
                }
                hat[2 * idx[q]] = re;
                hat[2 * idx[q] + 1] = im;
            }
        }
        return new PanelSolution(mesh, hat, k, eta, System.nanoTime() - start);
    }

    private static double[] rightHandSide(PanelMesh mesh, IncidentData incident) {
        int n = mesh.nodes();
        double[] b = new double[2 * n];
        double[] u = new double[4];
        for (int i = 0; i < n; i++) {
            int p = i / Gauss16.N;
            incident.at(mesh.x(i), mesh.y(i), mesh.ey(p), -mesh.ex(p), u);
            b[2 * i] = -2 * u[0];
            b[2 * i + 1] = -2 * u[1];
        }
        return b;
    }
}
