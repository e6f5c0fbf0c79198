package scatter.physics.exact.system.rcip;

import scatter.physics.Hankel;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.PolygonInsideTest;

/**
 * The radiating sources inside the obstacle that make the sound-hard single layer uniquely solvable at
 * every k (Jones' and Ursell's modification of the fundamental solution, D. Colton and R. Kress,
 * "Integral Equation Methods in Scattering Theory", Wiley 1983, sec. 3.6; here with point sources, as
 * CHIEF's interior points): with G(x, y) = (i/4) H0(k |x - y|),
 * <pre>
 *   u_s = S phi + alpha sum_m G(., y_m) (S phi)(y_m),     m = 1 .. M,
 * </pre>
 * a radiating field for any phi, so a phi that meets the Neumann condition gives the exterior solution.
 * Its equation is the single layer's plus a rank-M term,
 * <pre>
 *   phi - K' phi - alpha B C^T phi = 2 du_inc/dnu,   B_im = 2 dG(x_i, y_m)/dnu_i,   C_mj = w_j G(y_m, x_j),
 * </pre>
 * (K' the kernel 2 dG/dnu_x of {@link RegularisedHard}). Why it is uniquely solvable: if phi solves the
 * homogeneous equation, u = S phi equals -alpha sum_m c_m G(., y_m) outside (c_m = u(y_m)), so inside
 * z = u + alpha sum_m c_m G(., y_m) vanishes on the boundary with sources -alpha c_m at the y_m; away
 * from interior Dirichlet eigenvalues z = alpha sum_m c_m G_D(., y_m) (G_D the interior Dirichlet Green's
 * function, real for real k), so u = -alpha sum_l c_l H(., y_l), H = G - G_D, and c = -alpha H(y, y) c.
 * Im H(y_m, y_l) = J0(k |y_m - y_l|)/4, a positive semi-definite matrix J (a Gram matrix of plane
 * waves), so c* c Im(1/alpha) + c* J c/4 = 0: with Im alpha &lt; 0 only c = 0, and then u = S phi vanishes
 * outside and inside, so phi = 0. At an eigenvalue the eigenfunction v's normal derivative, the single
 * layer's null vector, is lifted by alpha B v(y): M points spread through the inside, none on a nodal
 * line of every eigenfunction. Here alpha = -i M/(max_i sum_m |B_im| max_m ||C_m||_1), measured to keep
 * the condition low at and between eigenvalues ({@link #count}).
 *
 * <p>The points: on a lattice over the obstacle's box shifted by irrational fractions of its spacing (so
 * that none lies on a symmetry line of the shape), those inside at least {@value #DEPTH} coarse panel
 * lengths from the boundary (where the coarse rule integrates G(y_m, .) to rounding, and far from every
 * corner's refinement: there C acts on the weight-corrected density R rho~ as the field away from the
 * corners does), M of them ({@link #count}) by farthest-point sampling from the deepest. Immutable.
 */
final class InteriorSources {
    /**
     * The fewest points M, where the eigenvalues are sparse: an eigenvalue of multiplicity d needs the
     * d x M matrix of its eigenfunctions at the points well conditioned; on the square of side 2 at its
     * fourfold k = (pi/2) sqrt 65, 8 points left the condition at 1.5e3, 16 at 14.
     */
    static final int FEWEST = 16;
    /** The most points M. */
    static final int MOST = 128;
    /** Area k^2 per further point (see {@link #count}). */
    static final double AREA_K2_PER_POINT = 150;
    /**
     * The least depth of a point, in coarse panel lengths: the plain 16-point rule on a panel of length h
     * integrates G(y, .) to about rho^(-32), rho = 2 d/h + sqrt((2 d/h)^2 + 1) the parameter of the
     * Bernstein ellipse through a point at depth d off the panel's middle: 3.3, about 1e-17, at d = 0.75 h.
     */
    static final double DEPTH = 0.75;
    /** Lattice points per side of the obstacle's box. */
    private static final int LATTICE = 24;

    final double[] x;
    final double[] y;

    private InteriorSources(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * The points inside the polygon ({@link #count} of them) for coarse panels at most {@code panelLength} long,
     * the same on every call.
     */
    static InteriorSources of(PolygonBoundary polygon, double panelLength, double k) {
        PolygonInsideTest inside = new PolygonInsideTest(polygon);
        double[] box = polygon.box();
        double dx = (box[1] - box[0]) / LATTICE;
        double dy = (box[3] - box[2]) / LATTICE;
        // fractions of the spacing: sqrt(2) - 1 and the golden ratio's 0.618, off every rational line
        double sx = Math.sqrt(2) - 1;
        double sy = 0.5 * (Math.sqrt(5) - 1);
        int total = LATTICE * LATTICE;
        double[] px = new double[total];
        double[] py = new double[total];
        double[] depth = new double[total];
        int count = 0;
        double deepest = 0;
        for (int a = 0; a < LATTICE; a++) {
            for (int b = 0; b < LATTICE; b++) {
                double qx = box[0] + (a + sx) * dx;
                double qy = box[2] + (b + sy) * dy;
                if (!inside.contains(qx, qy)) {
                    continue;
                }
                px[count] = qx;
                py[count] = qy;
                depth[count] = inside.distance(qx, qy);
                deepest = Math.max(deepest, depth[count]);
                count++;
            }
        }
        double area = count * dx * dy;
        int points = Math.min(count(area, k), count);
        // farthest-point sampling among those at least DEPTH panel lengths deep (or the M deepest), from the deepest
        double[] sorted = java.util.Arrays.copyOf(depth, count);
        java.util.Arrays.sort(sorted);
        double least = Math.min(DEPTH * panelLength, sorted[count - points]);
        double[] gap = new double[count];
        int first = 0;
        for (int j = 0; j < count; j++) {
            gap[j] = depth[j] >= least ? Double.POSITIVE_INFINITY : -1;
            if (depth[j] > depth[first]) {
                first = j;
            }
        }
        double[] x = new double[points];
        double[] y = new double[points];
        int next = first;
        for (int m = 0; m < points; m++) {
            x[m] = px[next];
            y[m] = py[next];
            int best = -1;
            for (int j = 0; j < count; j++) {
                if (gap[j] < 0) {
                    continue;
                }
                gap[j] = Math.min(gap[j], Math.hypot(px[j] - x[m], py[j] - y[m]));
                if (best < 0 || gap[j] > gap[best]) {
                    best = j;
                }
            }
            next = best;
        }
        return new InteriorSources(x, y);
    }

    /**
     * The points inside each of several polygons, each its own ({@link #of(PolygonBoundary, double, double)}),
     * in order: the proof above holds for the union's inside, each component's Dirichlet eigenfunctions
     * lifted by the points in it (several obstacles with corners, {@link RcipObstacles}).
     */
    static InteriorSources of(java.util.List<PolygonBoundary> polygons, double panelLength, double k) {
        java.util.List<InteriorSources> each = new java.util.ArrayList<>();
        int total = 0;
        for (PolygonBoundary p : polygons) {
            InteriorSources one = of(p, panelLength, k);
            each.add(one);
            total += one.count();
        }
        double[] x = new double[total];
        double[] y = new double[total];
        int at = 0;
        for (InteriorSources one : each) {
            System.arraycopy(one.x, 0, x, at, one.count());
            System.arraycopy(one.y, 0, y, at, one.count());
            at += one.count();
        }
        return new InteriorSources(x, y);
    }

    /**
     * The points for an obstacle of {@code area} at k: {@value #FEWEST} and one per {@value #AREA_K2_PER_POINT}
     * of area k^2, at most {@value #MOST}. The interior eigenvalues crowd as k grows (Weyl: about
     * area k/(2 pi) per unit of k), and the single layer's condition near one grows like k over the distance
     * to it, so that the eigenvalues within a fixed fraction of k of it, about area k^2 times a constant,
     * each need lifting: the L-shape of area 3 at k = 20 pi kept a condition of 450 with 16 points, 285 with
     * 48, 81 with 64 and 42 with 96 (docs/exact.md, "Corners").
     */
    static int count(double area, double k) {
        return (int) Math.min(MOST, FEWEST + Math.ceil(area * k * k / AREA_K2_PER_POINT));
    }

    /** M. */
    int count() {
        return x.length;
    }

    /** B as {re, im} rows: B_im = 2 dG(x_i, y_m)/dnu_i = -(ik/2) H1(k r) (x_i - y_m).nu_i / r, row i of M. */
    double[] normalDerivatives(PanelMesh mesh, double k) {
        int n = mesh.nodes();
        int count = count();
        double[] b = new double[2 * n * count];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < count; m++) {
                double rx = mesh.x(i) - x[m];
                double ry = mesh.y(i) - y[m];
                double r = Math.hypot(rx, ry);
                double c = (rx * mesh.nx(i) + ry * mesh.ny(i)) / r;
                double[] h = Hankel.h01(k * r);
                // -(ik/2)(J1 + i Y1) c
                b[2 * (i * count + m)] = 0.5 * k * h[3] * c;
                b[2 * (i * count + m) + 1] = -0.5 * k * h[2] * c;
            }
        }
        return b;
    }

    /** C as {re, im} rows: C_mj = w_j G(y_m, x_j) = w_j (i/4) H0(k |y_m - x_j|), row m of the mesh's nodes. */
    double[] fieldRows(PanelMesh mesh, double k) {
        int n = mesh.nodes();
        double[] c = new double[2 * count() * n];
        for (int m = 0; m < count(); m++) {
            for (int j = 0; j < n; j++) {
                double[] h = Hankel.h01(k * Math.hypot(x[m] - mesh.x(j), y[m] - mesh.y(j)));
                double w = mesh.weight(j);
                c[2 * (m * n + j)] = -0.25 * w * h[1];
                c[2 * (m * n + j) + 1] = 0.25 * w * h[0];
            }
        }
        return c;
    }

    /**
     * alpha = -i M/(max_i sum_m |B_im| max_m sum_j |C_mj|), {re, im}: negative imaginary, which makes the
     * modified equation uniquely solvable (class comment); |alpha B C^T| at most M times the identity in
     * that bound, which an oscillating density's cancellations make loose. Measured on the L-shape of area
     * 3 at k = 20 pi with 95 points (panels 0.05): condition 41 with this alpha, 59 with 3 times it, 98
     * with 0.3 times it.
     */
    static double[] coupling(double[] b, double[] c, int n, int count) {
        double rows = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int m = 0; m < count; m++) {
                sum += Math.hypot(b[2 * (i * count + m)], b[2 * (i * count + m) + 1]);
            }
            rows = Math.max(rows, sum);
        }
        double cols = 0;
        for (int m = 0; m < count; m++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += Math.hypot(c[2 * (m * n + j)], c[2 * (m * n + j) + 1]);
            }
            cols = Math.max(cols, sum);
        }
        return new double[] {0, -count / (rows * cols)};
    }

    /** The points' strengths q_m = alpha (C hat)_m, {re, im} interleaved: their field is sum_m q_m G(., y_m). */
    static double[] strengths(double[] c, double[] alpha, double[] hat, int n, int count) {
        double[] q = new double[2 * count];
        for (int m = 0; m < count; m++) {
            double re = 0;
            double im = 0;
            for (int j = 0; j < n; j++) {
                double cr = c[2 * (m * n + j)];
                double ci = c[2 * (m * n + j) + 1];
                re += cr * hat[2 * j] - ci * hat[2 * j + 1];
                im += cr * hat[2 * j + 1] + ci * hat[2 * j];
            }
            q[2 * m] = alpha[0] * re - alpha[1] * im;
            q[2 * m + 1] = alpha[0] * im + alpha[1] * re;
        }
        return q;
    }
}
