package scatter.physics.exact.system.rcip;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import scatter.linalg.ComplexLu;
import scatter.linalg.ParallelRows;
import scatter.physics.exact.system.IncidentData;

/**
 * RCIP's coarse system (I + M^o R) rho~ = b on a mesh that may hold several boundaries, each boundary
 * with corners contributing its corners' compressed blocks ({@link Corners}: Helsing's tutorial,
 * arXiv:1207.6737, eqs. (19)-(24)), and the weight-corrected density R rho~ it gives. M is the
 * operator's rows on the whole mesh, so every boundary's field at every other's nodes, with the
 * panels' own close rule (product weights) wherever a node falls inside another panel's Bernstein
 * ellipse; M^o leaves out only the interactions inside each corner's own four panels, which its R
 * carries. One polygon ({@link RcipSolver#compressed}) and several obstacles ({@link RcipObstacles})
 * solve through here, so the same arithmetic in the same order: one polygon's solution is the same
 * bit for bit as before several could be solved.
 */
final class CoarseSystem {
    private CoarseSystem() {
    }

    /**
     * One polygon's corners compressed, its panels from {@code firstPanel} on in the mesh: per corner
     * R (congruent corners share one array), the forward recursion's store if kept, and the first
     * corner congruent to it.
     */
    static final class Corners {
        final PolygonPanels panels;
        final int firstPanel;
        final double[][] r;
        final List<double[][]>[] stores;
        final int[] leader;

        private Corners(PolygonPanels panels, int firstPanel, double[][] r, List<double[][]>[] stores, int[] leader) {
            this.panels = panels;
            this.firstPanel = firstPanel;
            this.r = r;
            this.stores = stores;
            this.leader = leader;
        }
    }

    /**
     * Per corner, the first corner congruent to it (the same turn, to 1e-12 rad, and the same corner
     * length): the kernels depend on distances and angles only, so congruent corners share one R (a
     * square's four corners take one recursion). Chosen in corner order, so the same on any threads.
     */
    private static int[] congruent(PolygonPanels panels, int m) {
        int[] leader = new int[m];
        Map<String, Integer> seen = new java.util.HashMap<>();
        double[] e = new double[2];
        double[] f = new double[2];
        for (int c = 0; c < m; c++) {
            if (!panels.straightCorner(c)) {
                leader[c] = c;   // a curved side's corner is its own
                continue;
            }
            panels.direction((c + m - 1) % m, e);
            panels.direction(c, f);
            double turn = Math.atan2(e[0] * f[1] - e[1] * f[0], e[0] * f[0] + e[1] * f[1]);
            String key = Math.round(turn * 1e12) + ":" + Double.doubleToLongBits(panels.cornerLength(c));
            Integer first = seen.putIfAbsent(key, c);
            leader[c] = first == null ? c : first;
        }
        return leader;
    }

    /**
     * Compresses every corner of a polygon over {@code levels} levels ({@link CornerCompression}, a curved
     * side's corner by {@link CurvedCorner}), taking the recursions from {@code cache} where it holds them
     * (null for none: then the distinct straight corners run side by side on {@code rows}).
     */
    @SuppressWarnings("unchecked")
    static Corners compress(PolygonPanels panels, int firstPanel, int levels, BoundaryOperator op, boolean keepCorners,
            CornerCache cache, ParallelRows rows) throws InterruptedException {
        int m = panels.polygon().sides();
        double[][] r = new double[m][];
        int[] leader = congruent(panels, m);
        int[] leaders = java.util.stream.IntStream.range(0, m).filter(c -> leader[c] == c && panels.straightCorner(c)).toArray();
        List<double[][]>[] stores = new List[m];
        if (keepCorners) {
            for (int c : leaders) {
                stores[c] = new ArrayList<>();
            }
        }
        if (cache != null) {
            // one corner class after another, each recursion's rows on the threads
            double[] e = new double[2];
            double[] f = new double[2];
            for (int c : leaders) {
                panels.direction((c + m - 1) % m, e);
                panels.direction(c, f);
                CornerCache.Compressed kept = cache.compress(e[0], e[1], f[0], f[1], panels.cornerLength(c), levels, op,
                        keepCorners, rows);
                r[c] = kept.r();
                stores[c] = kept.store();
            }
        } else {
            rows.forRows(leaders.length, (from, to) -> {
                double[] e = new double[2];
                double[] f = new double[2];
                for (int g = from; g < to; g++) {
                    int c = leaders[g];
                    panels.direction((c + m - 1) % m, e);
                    panels.direction(c, f);
                    r[c] = CornerCompression.compress(e[0], e[1], f[0], f[1], panels.cornerLength(c), levels, op,
                            stores[c]);
                }
            });
        }
        for (int c = 0; c < m; c++) {
            r[c] = r[leader[c]];
        }
        // corners with a curved side, each its own (CurvedCorner: every level from the sides), one after
        // another, each level's rows on the threads
        for (int c = 0; c < m; c++) {
            if (!panels.straightCorner(c)) {
                if (cache != null) {
                    CornerCache.Compressed kept = cache.compressCurved(panels.polygon(), c, panels.cornerScales(c),
                            panels.levels(c), levels, op, keepCorners, rows);
                    r[c] = kept.r();
                    stores[c] = kept.store();
                } else {
                    stores[c] = keepCorners ? new ArrayList<>() : null;
                    r[c] = CurvedCorner.compress(panels.levels(c), levels, op, stores[c], rows);
                }
            }
        }
        return new Corners(panels, firstPanel, r, stores, leader);
    }

    /**
     * Assembles (I + M^o R) on the mesh, solves it for the right-hand side of {@code incident} and
     * returns R rho~ as a {@link PanelSolution}; with {@code keepCorners} each corner's refined density
     * from the backward recursion too ({@link CornerDensity}, for {@link PanelSolution#closeField}). The
     * single layer's solution carries the guard's condition estimate. With {@code inside} (the single
     * layer with sources inside, {@link InteriorSources}; null for none) the system gains its rank-M term
     * -alpha B (C R) and the solution the sources' strengths.
     *
     * @param start when the solve began ({@link System#nanoTime()}), for its wall time
     */
    static PanelSolution solve(PanelMesh mesh, List<Corners> all, BoundaryOperator op, double k, double eta,
            Formulation formulation, InteriorSources inside, IncidentData incident, ParallelRows rows, boolean keepCorners,
            long start) throws InterruptedException {
        int comps = op.components();
        int n = comps * mesh.nodes();
        int m = 0;
        for (Corners g : all) {
            m += g.r.length;
        }
        double[][] r = new double[m][];
        int[][] index = new int[m][];
        int block = comps * CornerCompression.COARSE;
        int at = 0;
        for (Corners g : all) {
            for (int c = 0; c < g.r.length; c++, at++) {
                r[at] = g.r[c];
                index[at] = new int[block];
                for (int q = 0; q < 4; q++) {
                    int p = g.firstPanel + g.panels.cornerPanels[c][q];
                    for (int l = 0; l < comps * Gauss16.N; l++) {
                        index[at][q * comps * Gauss16.N + l] = p * comps * Gauss16.N + l;
                    }
                }
            }
        }
        double[] a = new double[2 * n * n];
        rows.forRows(mesh.nodes(), (from, to) -> op.rows(mesh, from, to, a));
        int[] corner = new int[n];
        java.util.Arrays.fill(corner, -1);
        for (int c = 0; c < m; c++) {
            for (int i : index[c]) {
                corner[i] = c;
            }
        }
        // M^o R: each corner's columns times its R, a range of rows at a time (each row's result the
        // same whatever the ranges); nothing inside a corner's own block (M^o)
        double[][][] planes = new double[m][][];
        Map<double[], double[][]> made = new IdentityHashMap<>();
        for (int c = 0; c < m; c++) {
            planes[c] = made.computeIfAbsent(r[c], Dense::planes);
        }
        int corners = m;
        rows.forRows(n, (from, to) -> {
            int count = to - from;
            double[] g = new double[2 * count * block];
            for (int c = 0; c < corners; c++) {
                int[] idx = index[c];
                for (int i = from; i < to; i++) {
                    int row = 2 * i * n;
                    int out = 2 * (i - from) * block;
                    boolean own = corner[i] == c;
                    for (int q = 0; q < block; q++) {
                        g[out + 2 * q] = own ? 0 : a[row + 2 * idx[q]];
                        g[out + 2 * q + 1] = own ? 0 : a[row + 2 * idx[q] + 1];
                    }
                }
                double[] w = Dense.times(g, planes[c][0], planes[c][1], count, block, block);
                for (int i = from; i < to; i++) {
                    int row = 2 * i * n;
                    int in = 2 * (i - from) * block;
                    for (int q = 0; q < block; q++) {
                        a[row + 2 * idx[q]] = w[in + 2 * q];
                        a[row + 2 * idx[q] + 1] = w[in + 2 * q + 1];
                    }
                }
            }
            for (int i = from; i < to; i++) {
                a[2 * i * n + 2 * i] += 1;
            }
        });
        double[] fieldRows = null;
        double[] alpha = null;
        if (inside != null) {
            fieldRows = inside.fieldRows(mesh, k);
            double[] b = inside.normalDerivatives(mesh, k);
            alpha = InteriorSources.coupling(b, fieldRows, n, inside.count());
            addUpdate(a, n, b, compressedRows(fieldRows, inside.count(), n, r, index, block), alpha, inside.count(), rows);
        }
        double norm = 0;
        if (formulation.singleLayer()) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    double re = a[2 * (i * n + j)];
                    double im = a[2 * (i * n + j) + 1];
                    sum += Math.sqrt(re * re + im * im);
                }
                norm = Math.max(norm, sum);
            }
        }
        long factorStart = System.nanoTime();
        ComplexLu lu = ComplexLu.factor(a, n, rows);
        double[] rho = lu.solve(op.rightHandSide(mesh, incident));
        double estimate = formulation.singleLayer() ? RcipSolver.conditionEstimate(lu, norm, n) : Double.NaN;
        long factorNanos = System.nanoTime() - factorStart;
        double[] hat = rho.clone();
        for (int c = 0; c < m; c++) {
            int[] idx = index[c];
            for (int q = 0; q < block; q++) {
                double re = 0;
                double im = 0;
                for (int s = 0; s < block; s++) {
                    double rr = r[c][2 * (q * block + s)];
                    double ri = r[c][2 * (q * block + s) + 1];
                    re += rr * rho[2 * idx[s]] - ri * rho[2 * idx[s] + 1];
                    im += rr * rho[2 * idx[s] + 1] + ri * rho[2 * idx[s]];
                }
                hat[2 * idx[q]] = re;
                hat[2 * idx[q] + 1] = im;
            }
        }
        PanelSolution solution = new PanelSolution(mesh, hat, k, eta, formulation, System.nanoTime() - start);
        solution.factorNanos = factorNanos;
        solution.conditionEstimate = estimate;
        if (inside != null) {
            solution.withSources(inside.x, inside.y, InteriorSources.strengths(fieldRows, alpha, hat, n, inside.count()));
        }
        if (!keepCorners) {
            return solution;
        }
        CornerDensity[] refined = new CornerDensity[m];
        int[][] cornerPanels = new int[m][];
        double[] e = new double[2];
        double[] f = new double[2];
        at = 0;
        for (Corners g : all) {
            PolygonPanels panels = g.panels;
            var polygon = panels.polygon();
            int sides = polygon.sides();
            for (int c = 0; c < sides; c++, at++) {
                cornerPanels[at] = new int[4];
                for (int q = 0; q < 4; q++) {
                    cornerPanels[at][q] = g.firstPanel + panels.cornerPanels[c][q];
                }
                double[] tilde = new double[2 * block];
                for (int q = 0; q < block; q++) {
                    tilde[2 * q] = rho[2 * index[at][q]];
                    tilde[2 * q + 1] = rho[2 * index[at][q] + 1];
                }
                if (!panels.straightCorner(c)) {
                    refined[at] = new CornerDensity(polygon.vertexX(c), polygon.vertexY(c), panels.levels(c), g.stores[c],
                            tilde, comps);
                    continue;
                }
                panels.direction((c + sides - 1) % sides, e);
                panels.direction(c, f);
                refined[at] = new CornerDensity(polygon.vertexX(c), polygon.vertexY(c), e[0], e[1], f[0], f[1],
                        panels.cornerLength(c), g.stores[g.leader[c]], tilde, comps);
            }
        }
        return solution.withCorners(refined, cornerPanels);
    }

    /**
     * C's rows acting on the coarse unknowns rho~: C R, each corner's columns times its R (the sources
     * are far from every corner, so on its coarse panels their field integrates the weight-corrected
     * density R rho~ as it does elsewhere, Helsing's tutorial, section 9), the others as they are.
     */
    private static double[] compressedRows(double[] c, int count, int n, double[][] r, int[][] index, int block) {
        double[] out = c.clone();
        for (int g = 0; g < r.length; g++) {
            int[] idx = index[g];
            for (int m = 0; m < count; m++) {
                int row = 2 * m * n;
                for (int s = 0; s < block; s++) {
                    double re = 0;
                    double im = 0;
                    for (int q = 0; q < block; q++) {
                        double cr = c[row + 2 * idx[q]];
                        double ci = c[row + 2 * idx[q] + 1];
                        double rr = r[g][2 * (q * block + s)];
                        double ri = r[g][2 * (q * block + s) + 1];
                        re += cr * rr - ci * ri;
                        im += cr * ri + ci * rr;
                    }
                    out[row + 2 * idx[s]] = re;
                    out[row + 2 * idx[s] + 1] = im;
                }
            }
        }
        return out;
    }

    /**
     * a += s alpha B (C R) with s = -1, the single layer's factor of K' ({@link RegularisedHard}): the
     * equation phi - K' phi - alpha B C^T phi = 2 du_inc/dnu of {@link InteriorSources}, rows on the threads.
     */
    private static void addUpdate(double[] a, int n, double[] b, double[] cr, double[] alpha, int count,
            ParallelRows rows) throws InterruptedException {
        rows.forRows(n, (from, to) -> {
            double[] coef = new double[2 * count];
            for (int i = from; i < to; i++) {
                for (int m = 0; m < count; m++) {
                    double br = b[2 * (i * count + m)];
                    double bi = b[2 * (i * count + m) + 1];
                    coef[2 * m] = -(alpha[0] * br - alpha[1] * bi);
                    coef[2 * m + 1] = -(alpha[0] * bi + alpha[1] * br);
                }
                int row = 2 * i * n;
                // a point at a time along the row: both arrays read in order
                for (int m = 0; m < count; m++) {
                    double pr = coef[2 * m];
                    double pi = coef[2 * m + 1];
                    int from2 = 2 * m * n;
                    for (int j = 0; j < n; j++) {
                        double xr = cr[from2 + 2 * j];
                        double xi = cr[from2 + 2 * j + 1];
                        a[row + 2 * j] += pr * xr - pi * xi;
                        a[row + 2 * j + 1] += pr * xi + pi * xr;
                    }
                }
            }
        });
    }
}
