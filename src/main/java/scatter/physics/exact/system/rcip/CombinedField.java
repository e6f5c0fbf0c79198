package scatter.physics.exact.system.rcip;

import scatter.physics.Hankel;
import scatter.physics.exact.system.IncidentData;

/**
 * The operator M = K - i eta S of the sound-soft combined-field equation phi + K phi - i eta S phi =
 * -2 u_inc (the same equation, operators and signs as the graded mesh's soft system: (S phi)(x) =
 * 2 int Phi(x, y) phi(y) ds(y), (K phi)(x) = 2 int dPhi(x, y)/dnu(y) phi(y) ds(y), Phi = (i/4) H0,
 * nu outward; see {@link scatter.physics.exact}) discretised on a {@link PanelMesh}: entry (i, j)
 * is what the density at node j contributes at node i.
 *
 * <p>Away from a panel (outside its Bernstein ellipse of parameter 3) the plain rule:
 * [ (ik/2) H1(kr) (d.nu)/r - i eta (i/2) H0(kr) ] w_j, d = x_i - y_j, r = |d|. Near it (its own and
 * neighbouring panels, and across a corner) the explicit kernel split (J. Helsing &amp; A. Holst,
 * Variants of an explicit kernel-split panel-based Nyström discretization scheme for Helmholtz
 * boundary value problems, Adv. Comput. Math. 41 (2015) 691-708):
 * <pre>
 *   (i/2) H0(kr)          = -(1/pi) J0(kr) ln r + S_s(r),
 *   (ik/2) H1(kr)/r (d.nu) = (1/pi) (d.nu)/r^2 - (k/pi) J1(kr)/r (d.nu) ln r + K_s(r) (d.nu),
 * </pre>
 * S_s and K_s smooth (DLMF 10.8.1-2: Y0 - (2/pi) J0 ln(x/2) and Y1 + 2/(pi x) - (2/pi) J1 ln(x/2)
 * are entire; S_s(0) = i/2 - (ln(k/2) + C)/pi). On a straight panel, with z the target in the panel's
 * coordinate t in [-1, 1] (half length h), ln r = ln h + ln|z - t| and (d.nu)/r^2 ds = -Im(dt/(t - z)),
 * so the logarithmic and Cauchy parts take the product weights of {@link ProductWeights} and the
 * smooth parts the plain weights; (d.nu) is constant on the panel. A target on the panel's own line
 * sees d.nu = 0: only the single layer's logarithm is left. On a curved panel ({@link CurvedPanel})
 * the same split takes {@link CurvedWeights}, the complex-plane weights, with the node's own normal and
 * arc-length weight; its own target sees the Cauchy part's principal value, whose limit at the node is
 * the curvature term, and nothing else of K there. The rows are independent of each other.
 */
final class CombinedField implements BoundaryOperator {
    private static final double EULER = 0.5772156649015329;
    private final double k;
    private final double eta;

    CombinedField(double k, double eta) {
        this.k = k;
        this.eta = eta;
    }

    @Override
    public int components() {
        return 1;
    }

    /** -2 u_inc at the nodes. */
    @Override
    public double[] rightHandSide(PanelMesh mesh, IncidentData incident) {
        int n = mesh.nodes();
        double[] b = new double[2 * n];
        double[] u = new double[4];
        for (int i = 0; i < n; i++) {
            incident.at(mesh.x(i), mesh.y(i), mesh.nx(i), mesh.ny(i), u);
            b[2 * i] = -2 * u[0];
            b[2 * i + 1] = -2 * u[1];
        }
        return b;
    }

    /**
     * Rows [from, to) of M on the mesh into a (n x n, row-major, interleaved re, im).
     *
     * <p>Each row is a method of its own ({@link #row}), and so is each near panel's part of it
     * ({@link #nearPanel}): as one method with its loops, the row's whole work (with the batch Hankel
     * functions and the product weights inlined) was a single compilation of 63 kB of machine code
     * that took the optimising compiler 2.2 s (JFR, on a loaded machine) while the field's kernel
     * waited behind it, running unoptimised; the pieces compile in a fraction of that, each once.
     */
    @Override
    public void rows(PanelMesh mesh, int from, int to, double[] a) {
        Scratch scratch = this.scratch.get(mesh.nodes());
        for (int i = from; i < to; i++) {
            row(mesh, i, scratch, a);
        }
    }

    /** Each thread's work arrays, kept from call to call ({@link PerThread}). */
    private final PerThread<Scratch> scratch = new PerThread<>(Scratch::new, s -> s.kr.length);

    /** Work arrays of one thread's rows. */
    private static final class Scratch {
        final double[] kr;
        final double[] rr;
        final double[] dn;
        final double[] j0;
        final double[] y0;
        final double[] j1;
        final double[] y1;
        final double[] d = new double[2];
        final double[] o = new double[2];
        final double[] z = new double[2];
        final ProductWeights weights = new ProductWeights();
        final CurvedWeights curved = new CurvedWeights();

        Scratch(int n) {
            kr = new double[n];
            rr = new double[n];
            dn = new double[n];
            j0 = new double[n];
            y0 = new double[n];
            j1 = new double[n];
            y1 = new double[n];
        }
    }

    /** Row i of M into a. */
    private void row(PanelMesh mesh, int i, Scratch s, double[] a) {
        int n = mesh.nodes();
        double[] o = s.o;
        double rx = mesh.refX(i);
        double ry = mesh.refY(i);
        mesh.offset(i, o);
        int ownLine = mesh.line(i / Gauss16.N);
        distances(mesh, i, rx, ry, ownLine, s);
        Hankel.evaluate(s.kr, n, s.j0, s.y0, s.j1, s.y1);
        int row = 2 * i * n;
        double[] z = s.z;
        for (int p = 0; p < mesh.panels(); p++) {
            mesh.local(rx, ry, o[0], o[1], p, z);
            boolean sameLine = mesh.sameLine(p, ownLine);
            double zi = sameLine ? 0 : z[1];
            if (ProductWeights.near(z[0], zi)) {
                nearPanel(mesh, i, p, z[0], zi, sameLine, s, a, row);
            } else {
                farPanel(mesh, p, s, a, row);
            }
        }
    }

    /**
     * From node i (at (rx, ry), offset s.o) to every node j: r, k r and (d.nu_y) into the scratch
     * arrays; a method of its own, so that the row's loop over the nodes, the longest, is compiled once
     * in this small method rather than twice in the row (first on stack, then whole).
     */
    private void distances(PanelMesh mesh, int i, double rx, double ry, int ownLine, Scratch s) {
        int n = mesh.nodes();
        double[] kr = s.kr;
        double[] rr = s.rr;
        double[] dn = s.dn;
        double[] d = s.d;
        double[] o = s.o;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                kr[j] = 1;
                rr[j] = 0;
                dn[j] = 0;
                continue;
            }
            mesh.difference(rx, ry, o[0], o[1], j, d);
            double r = Math.hypot(d[0], d[1]);
            int p = j / Gauss16.N;
            rr[j] = r;
            kr[j] = k * r;
            dn[j] = mesh.sameLine(p, ownLine) ? 0 : d[0] * mesh.nx(j) + d[1] * mesh.ny(j);
        }
    }

    /**
     * A panel outside node i's near zone: K: (d.nu)/r (-(k/2) Y1 + i (k/2) J1);
     * -i eta S = eta J0/2 + i eta Y0/2, times the node's weight.
     */
    private void farPanel(PanelMesh mesh, int p, Scratch s, double[] a, int row) {
        CurvedPanel shape = mesh.curved(p);
        double h = mesh.half(p);
        double[] rr = s.rr;
        double[] dn = s.dn;
        double[] j0 = s.j0;
        double[] y0 = s.y0;
        double[] j1 = s.j1;
        double[] y1 = s.y1;
        for (int l = 0; l < Gauss16.N; l++) {
            int j = p * Gauss16.N + l;
            double w = shape == null ? h * Gauss16.weight(l) : shape.weight[l];
            double r = rr[j];
            double c = dn[j] / r;
            double re = c * (-0.5 * k * y1[j]) + 0.5 * eta * j0[j];
            double im = c * (0.5 * k * j1[j]) + 0.5 * eta * y0[j];
            a[row + 2 * j] = re * w;
            a[row + 2 * j + 1] = im * w;
        }
    }

    /** A panel in node i's near zone (z + i zi its place in the panel's coordinate): the kernel split. */
    private void nearPanel(PanelMesh mesh, int i, int p, double zr, double zi, boolean sameLine, Scratch s,
            double[] a, int row) {
        CurvedPanel shape = mesh.curved(p);
        ProductWeights weights = s.weights;
        CurvedWeights curved = s.curved;
        int ownPanel = i / Gauss16.N;
        if (shape == null) {
            weights.compute(zr, zi);
        } else {
            curved.compute(shape, zr, zi, p == ownPanel);
        }
        double[] cauchyIm = shape == null ? weights.cauchyIm : curved.cauchyIm;
        double h = mesh.half(p);
        double lnH = Math.log(h);
        double sSmooth0 = -(Math.log(0.5 * k) + EULER) / Math.PI;
        double[] rr = s.rr;
        double[] dn = s.dn;
        double[] j0 = s.j0;
        double[] y0 = s.y0;
        double[] j1 = s.j1;
        double[] y1 = s.y1;
        for (int l = 0; l < Gauss16.N; l++) {
            int j = p * Gauss16.N + l;
            double w = shape == null ? h * Gauss16.weight(l) : shape.weight[l];
            double lw = shape == null ? h * (weights.logW[l] + lnH * Gauss16.weight(l)) : curved.logW[l];
            double sLog;
            double sRe;
            double sIm;
            double kRe = 0;
            double kIm = 0;
            if (j == i) {
                sLog = -1 / Math.PI;
                sRe = sSmooth0;
                sIm = 0.5;
                if (shape != null) {
                    // on a curve (d.nu)/r^2 tends to minus half the curvature: the Cauchy part's principal value
                    kRe = -cauchyIm[l] / Math.PI;
                }
            } else {
                double r = rr[j];
                double lnR = Math.log(r);
                sLog = -j0[j] / Math.PI;
                sRe = -0.5 * y0[j] - sLog * lnR;
                sIm = 0.5 * j0[j];
                if (!sameLine) {
                    double kLog = -(k / Math.PI) * j1[j] / r;
                    double kSmRe = -0.5 * k * y1[j] / r - 1 / (Math.PI * r * r) - kLog * lnR;
                    double kSmIm = 0.5 * k * j1[j] / r;
                    kRe = dn[j] * (kLog * lw + kSmRe * w) - cauchyIm[l] / Math.PI;
                    kIm = dn[j] * kSmIm * w;
                }
            }
            // S part: sLog lw + (sRe + i sIm) w;  -i eta (a + i b) = eta b - i eta a
            double a0 = sLog * lw + sRe * w;
            double b0 = sIm * w;
            a[row + 2 * j] = kRe + eta * b0;
            a[row + 2 * j + 1] = kIm - eta * a0;
        }
    }
}
