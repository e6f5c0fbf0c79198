package scatter.physics.exact.system.rcip;

import scatter.physics.Hankel;
import scatter.physics.exact.system.IncidentData;

/**
 * The sound-hard problem as a block system of the second kind, for RCIP: the graded mesh's
 * regularised formulation (R. Kress, Q. J. Mech. Appl. Math. 38 (1985) 323-341; the graded mesh's
 * hard system, docs/exact.md "Corners"),
 * <pre>
 *   u_s = SL phi + i eta DL chi,  chi = S_rho phi,
 *   (K' - I) phi + i eta [ (T - T_0) S_rho + K_0'^2 - I ] phi = -2 du_inc/dnu,
 * </pre>
 * with chi = S_rho phi and psi = K_0' phi as unknowns of their own, so that no product of operators
 * is formed (each product would need its own corner compression):
 * <pre>
 *   phi + s [ K' phi + i eta (T - T_0) chi + i eta K_0' psi ] = -2 s du_inc/dnu,   s = -1/(1 + i eta),
 *   chi - S_rho phi = 0,
 *   psi - K_0' phi = 0.
 * </pre>
 * Eliminating chi and psi gives the equation back, so the block system is uniquely solvable when it
 * is (every k &gt; 0). Per node the unknowns phi, chi, psi (components 0, 1, 2).
 *
 * <p>With eta = 0 ({@link #singleLayer}) chi and psi drop out and one unknown per node is left: the
 * single-layer formulation u_s = SL phi, phi - K' phi = 2 du_inc/dnu (s = -1), of the second kind, the
 * adjoint double layer at a corner RCIP's textbook case (Helsing's tutorial, arXiv:1207.6737, the
 * Laplace Neumann problem). It is not uniquely solvable where k^2 is an eigenvalue of the interior
 * Dirichlet problem (its null space the normal derivatives of the eigenfunctions, whose single layers
 * vanish outside): {@link RcipSolver} estimates its coarse system's condition and falls back to the
 * three-unknown system when it cannot vouch for it (docs/exact.md, "Corners").
 *
 * <p>Kernels per arc length (x the target with outward normal nu_x, y the source, d = x - y, r = |d|,
 * X = kr, h(X) = (J1(X) + i [Y1(X) + 2/(pi X)])/X):
 * <pre>
 *   K':      -(ik/2) H1(X) (d.nu_x)/r = -(d.nu_x) [ 1/(pi r^2) - (k/pi) J1(X)/r ln r + K_s ]
 *   K_0':    -(1/pi) (d.nu_x)/r^2
 *   S_rho:   -(1/pi) (ln r - ln rho)
 *   T - T_0: (i/2) k^2 { h(X) nu_x.nu_y + [H0(X) - 2 h(X)] (d.nu_x)(d.nu_y)/r^2 },  h = (2i/pi)(J1(X)/X) ln r + h_s
 * </pre>
 * Near a straight source panel (target z in its coordinate, direction e, half length l): ln r and the
 * Cauchy kernel take the product weights of {@link ProductWeights}, with (d.nu_x)/r^2 ds =
 * -Re(q dt/(t - z)) and (d.nu_x)(d.nu_y)/r^2 ds = l Im(z) Re(q dt/(t - z)), q = nu_x conj(e) (as complex
 * numbers); H0 - 2h = (2i/pi)(J0 - 2 J1(X)/X) ln r + g_s, whose logarithm's factor is O(X^2), so that
 * (2i/pi)(J0 - 2 J1(X)/X)/r^2 (d.nu_x)(d.nu_y) ln r takes the logarithmic weights and g_s the Cauchy ones. On
 * a target's own line d.nu_x = d.nu_y = 0. Limits at r = 0: h_s(0) = 1/2 + i [ln(k/2)/pi - (1 - 2C)/(2 pi)]
 * (C Euler's constant; the graded mesh's A2(s, s) of T - T_0). Y1 + 2/(pi X) from its series below
 * X = 1/2 (DLMF 10.8.1), where the sum would lose digits. On a curved panel ({@link CurvedPanel}) the
 * same split takes {@link CurvedWeights}: q = nu_x conj(zeta_j) node by node (zeta the unit tangent),
 * (d.nu_x)(d.nu_y)/r^2 ds = -(d.nu_y) Re(q dtau/(tau - z)) with the node's own d.nu_y, and at the
 * target's own node K' keeps K_0''s Cauchy principal value (the curvature term) and no other part.
 */
final class RegularisedHard implements BoundaryOperator {
    private static final double EULER = 0.5772156649015329;
    private final double k;
    private final double eta;
    private final double lnRho;
    /** s = -1/(1 + i eta). */
    private final double sRe;
    private final double sIm;
    /** s i eta = s times (0, eta). */
    private final double sieRe;
    private final double sieIm;
    /** k^2/2. */
    private final double halfK2;
    /** Im h_s(0) (Re h_s(0) = 1/2). */
    private final double hs0Im;
    /** One unknown per node (eta = 0): only the K' rows. */
    private final boolean single;

    /** rho: the Laplace single layer's scale, beyond the boundary's logarithmic capacity. */
    RegularisedHard(double k, double eta, double rho) {
        this(k, eta, rho, false);
    }

    private RegularisedHard(double k, double eta, double rho, boolean single) {
        this.single = single;
        this.k = k;
        this.eta = eta;
        this.lnRho = Math.log(rho);
        double d = 1 + eta * eta;
        sRe = -1 / d;
        sIm = eta / d;
        sieRe = -sIm * eta;
        sieIm = sRe * eta;
        halfK2 = 0.5 * k * k;
        hs0Im = Math.log(0.5 * k) / Math.PI - (1 - 2 * EULER) / (2 * Math.PI);
    }

    /** The single-layer formulation, eta = 0: one unknown per node, phi - K' phi = 2 du_inc/dnu. */
    static RegularisedHard singleLayer(double k) {
        return new RegularisedHard(k, 0, 1, true);
    }

    @Override
    public int components() {
        return single ? 1 : 3;
    }

    /** (-2 s du_inc/dnu, 0, 0) at the nodes; -2 s du_inc/dnu alone with one unknown per node. */
    @Override
    public double[] rightHandSide(PanelMesh mesh, IncidentData incident) {
        int n = mesh.nodes();
        int c = components();
        double[] b = new double[2 * c * n];
        double[] u = new double[4];
        for (int i = 0; i < n; i++) {
            incident.at(mesh.x(i), mesh.y(i), mesh.nx(i), mesh.ny(i), u);
            double gr = -2 * u[2];
            double gi = -2 * u[3];
            b[2 * c * i] = sRe * gr - sIm * gi;
            b[2 * c * i + 1] = sRe * gi + sIm * gr;
        }
        return b;
    }

    /** Y1(x) + 2/(pi x) given J1 and Y1 at x: the series below x = 1/2 (DLMF 10.8.1). */
    static double y1Regular(double x, double j1, double y1) {
        if (x >= 0.5) {
            return y1 + 2 / (Math.PI * x);
        }
        double q = -0.25 * x * x;
        double term = 0.5 * x;
        double psiSum = -2 * EULER + 1;
        double sum = 0;
        for (int m = 0; m < 14; m++) {
            sum += psiSum * term;
            term *= q / ((m + 1.0) * (m + 2.0));
            psiSum += 1.0 / (m + 1) + 1.0 / (m + 2);
        }
        return (2 / Math.PI) * j1 * Math.log(0.5 * x) - sum / Math.PI;
    }

    /**
     * (J0(x) - 2 J1(x)/x)/x^2 = (1/4) sum_{m &gt;= 1} (-1)^m (x/2)^(2m - 2) m/(m! (m + 1)!) (from the
     * series of J0 and J1, DLMF 10.2.2), the series below x = 2, where the difference loses digits.
     */
    static double besselDifference(double x) {
        if (x >= 2) {
            double[] b = Hankel.h01(x);
            return (b[0] - 2 * b[2] / x) / (x * x);
        }
        double q = -0.25 * x * x;
        double term = -0.25 * 0.5;   // m = 1: (1/4) (-1) m/(1! 2!)
        double sum = 0;
        for (int m = 1; m < 24; m++) {
            sum += term;
            // ratio of term m+1 to term m: q (m+1)/m / ((m+1)(m+2)) = q/(m (m+2))
            term *= q / (m * (m + 2.0));
        }
        return sum;
    }

    /**
     * Rows [from, to) of the block system on the mesh into a (row-major, interleaved re, im).
     *
     * <p>Each node's rows are a method of its own ({@link #row}), and so is each panel's part of them
     * ({@link #nearPanel}, {@link #farPanel}): as one method with its loops, the rows' whole work (with
     * the batch Hankel functions, the product weights and the series inlined) was a single compilation
     * of 80-86 kB of machine code that took the optimising compiler 4 s and more while the solver's
     * threads waited behind it, running unoptimised; the pieces compile in a fraction of that, each
     * once. Every entry is the same sequence of operations as before the split.
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

    /** Work arrays of one thread's rows, and the offsets of the node's rows in the matrix. */
    private static final class Scratch {
        final double[] kr;
        final double[] rr;
        final double[] dnx;
        final double[] dny;
        final double[] j0;
        final double[] y0;
        final double[] j1;
        final double[] y1;
        final double[] d = new double[2];
        final double[] o = new double[2];
        final double[] z = new double[2];
        final ProductWeights weights = new ProductWeights();
        final CurvedWeights curved = new CurvedWeights();
        /** Where the target node's phi, chi and psi rows start in the matrix. */
        int rowPhi;
        int rowChi;
        int rowPsi;

        Scratch(int n) {
            kr = new double[n];
            rr = new double[n];
            dnx = new double[n];
            dny = new double[n];
            j0 = new double[n];
            y0 = new double[n];
            j1 = new double[n];
            y1 = new double[n];
        }
    }

    /** The rows of node i (one per component) into a. */
    private void row(PanelMesh mesh, int i, Scratch s, double[] a) {
        int n = mesh.nodes();
        int comps = components();
        int size = comps * n;
        double[] o = s.o;
        double rx = mesh.refX(i);
        double ry = mesh.refY(i);
        mesh.offset(i, o);
        int ownLine = mesh.line(i / Gauss16.N);
        distances(mesh, i, rx, ry, ownLine, s);
        Hankel.evaluate(s.kr, n, s.j0, s.y0, s.j1, s.y1);
        s.rowPhi = 2 * (comps * i) * size;
        s.rowChi = 2 * (comps * i + 1) * size;
        s.rowPsi = 2 * (comps * i + 2) * size;
        double[] z = s.z;
        for (int p = 0; p < mesh.panels(); p++) {
            mesh.local(rx, ry, o[0], o[1], p, z);
            boolean sameLine = mesh.sameLine(p, ownLine);
            double zi = sameLine ? 0 : z[1];
            if (ProductWeights.near(z[0], zi)) {
                nearPanel(mesh, i, p, z[0], zi, sameLine, s, a);
            } else {
                farPanel(mesh, i, p, s, a);
            }
        }
    }

    /**
     * From node i (at (rx, ry), offset s.o) to every node j: r, k r, (d.nu_x) and (d.nu_y) into the
     * scratch arrays; a method of its own, so that the rows' loop over the nodes, the longest, is
     * compiled once in this small method rather than twice in the row (first on stack, then whole).
     */
    private void distances(PanelMesh mesh, int i, double rx, double ry, int ownLine, Scratch s) {
        int n = mesh.nodes();
        double[] kr = s.kr;
        double[] rr = s.rr;
        double[] dnx = s.dnx;
        double[] dny = s.dny;
        double[] d = s.d;
        double[] o = s.o;
        double nxX = mesh.nx(i);
        double nxY = mesh.ny(i);
        for (int j = 0; j < n; j++) {
            if (j == i) {
                kr[j] = 1;
                rr[j] = 0;
                dnx[j] = 0;
                dny[j] = 0;
                continue;
            }
            mesh.difference(rx, ry, o[0], o[1], j, d);
            double r = Math.hypot(d[0], d[1]);
            int p = j / Gauss16.N;
            rr[j] = r;
            kr[j] = k * r;
            boolean same = mesh.sameLine(p, ownLine);
            dnx[j] = same ? 0 : d[0] * nxX + d[1] * nxY;
            dny[j] = same ? 0 : d[0] * mesh.nx(j) + d[1] * mesh.ny(j);
        }
    }

    /**
     * A panel outside node i's near zone: the plain rule, K' = -(ik/2) H1(X) (d.nu_x)/r, K_0' and S_rho
     * as they are, T - T_0 = (i/2) k^2 { h(X) nu_x.nu_y + [H0(X) - 2 h(X)] (d.nu_x)(d.nu_y)/r^2 }, each
     * times the node's weight.
     */
    private void farPanel(PanelMesh mesh, int i, int p, Scratch s, double[] a) {
        CurvedPanel shape = mesh.curved(p);
        double nxX = mesh.nx(i);
        double nxY = mesh.ny(i);
        double h = mesh.half(p);
        double nn = nxX * mesh.ey(p) - nxY * mesh.ex(p);   // nu_x . nu_y
        double[] kr = s.kr;
        double[] rr = s.rr;
        double[] dnx = s.dnx;
        double[] dny = s.dny;
        double[] j0 = s.j0;
        double[] y0 = s.y0;
        double[] j1 = s.j1;
        double[] y1 = s.y1;
        for (int l = 0; l < Gauss16.N; l++) {
            int j = p * Gauss16.N + l;
            double w = h * Gauss16.weight(l);
            if (shape != null) {
                // the node's own normal and its arc-length weight
                nn = nxX * shape.nx[l] + nxY * shape.ny[l];
                w = shape.weight[l];
            }
            double r = rr[j];
            double x = kr[j];
            double c = dnx[j] / r;
            double kpRe = c * 0.5 * k * y1[j] * w;
            double kpIm = -c * 0.5 * k * j1[j] * w;
            putPhi(a, s, j, kpRe, kpIm);
            if (single) {
                continue;
            }
            double k0 = -dnx[j] / (Math.PI * r * r) * w;
            double sRho = -(Math.log(r) - lnRho) / Math.PI * w;
            double hRe = j1[j] / x;
            double hIm = y1Regular(x, j1[j], y1[j]) / x;
            double g = dnx[j] * dny[j] / (r * r);
            double bRe = hRe * nn + (j0[j] - 2 * hRe) * g;
            double bIm = hIm * nn + (y0[j] - 2 * hIm) * g;
            // (i/2) k^2 (bRe + i bIm)
            double tRe = -halfK2 * bIm * w;
            double tIm = halfK2 * bRe * w;
            putCoupling(a, s, j, tRe, tIm, k0, sRho);
        }
    }

    /**
     * A panel in node i's near zone (zr + i zi its place in the panel's coordinate, zi = 0 on its own
     * line): the kernel split, the logarithmic and Cauchy parts with the panel's product weights.
     */
    private void nearPanel(PanelMesh mesh, int i, int p, double zr, double zi, boolean sameLine, Scratch s,
            double[] a) {
        CurvedPanel shape = mesh.curved(p);
        ProductWeights weights = s.weights;
        CurvedWeights curved = s.curved;
        int ownPanel = i / Gauss16.N;
        if (shape == null) {
            weights.compute(zr, zi);
        } else {
            curved.compute(shape, zr, zi, p == ownPanel);
        }
        double[] cauchyRe = shape == null ? weights.cauchyRe : curved.cauchyRe;
        double[] cauchyIm = shape == null ? weights.cauchyIm : curved.cauchyIm;
        double nxX = mesh.nx(i);
        double nxY = mesh.ny(i);
        double h = mesh.half(p);
        double lnH = Math.log(h);
        double nn = nxX * mesh.ey(p) - nxY * mesh.ex(p);   // nu_x . nu_y
        // q = nu_x conj(e) as complex numbers
        double qRe = nxX * mesh.ex(p) + nxY * mesh.ey(p);
        double qIm = nxY * mesh.ex(p) - nxX * mesh.ey(p);
        double[] kr = s.kr;
        double[] rr = s.rr;
        double[] dnx = s.dnx;
        double[] dny = s.dny;
        double[] j0 = s.j0;
        double[] y0 = s.y0;
        double[] j1 = s.j1;
        double[] y1 = s.y1;
        for (int l = 0; l < Gauss16.N; l++) {
            int j = p * Gauss16.N + l;
            double w = h * Gauss16.weight(l);
            if (shape != null) {
                // the node's own normal and tangent zeta = (-nu_y, nu_x), and its arc-length weight
                nn = nxX * shape.nx[l] + nxY * shape.ny[l];
                qRe = -nxX * shape.ny[l] + nxY * shape.nx[l];
                qIm = -nxY * shape.ny[l] - nxX * shape.nx[l];
                w = shape.weight[l];
            }
            double kpRe;   // K'
            double kpIm;
            double r = rr[j];
            double lw = shape == null ? h * (weights.logW[l] + lnH * Gauss16.weight(l)) : curved.logW[l];
            double sRho = -(lw - lnRho * w) / Math.PI;   // S_rho
            double cauchy = sameLine ? 0 : qRe * cauchyRe[l] - qIm * cauchyIm[l];
            double k0 = cauchy / Math.PI;                // K_0'
            double hLogIm;
            double hsRe;
            double hsIm;
            double gRe = 0;
            double gIm = 0;
            double gLogDn = 0;
            if (j == i) {
                kpRe = shape == null ? 0 : k0;   // on a curve K' tends to K_0''s curvature term
                kpIm = 0;
                hLogIm = 1 / Math.PI;
                hsRe = 0.5;
                hsIm = hs0Im;
            } else {
                double x = kr[j];
                double lnR = Math.log(r);
                double reg = y1Regular(x, j1[j], y1[j]);
                double kLog = -(k / Math.PI) * j1[j] / r;
                double ksRe = -0.5 * k * reg / r - kLog * lnR;
                double ksIm = 0.5 * k * j1[j] / r;
                kpRe = k0 - dnx[j] * (kLog * lw + ksRe * w);
                kpIm = -dnx[j] * ksIm * w;
                double hRe = j1[j] / x;
                double hIm = reg / x;
                hLogIm = (2 / Math.PI) * j1[j] / x;
                hsRe = hRe;
                hsIm = hIm - hLogIm * lnR;
                if (!sameLine) {
                    // g = H0 - 2h = i gLog ln r + g_s, gLog = (2/pi)(J0 - 2 J1/X) = O(X^2)
                    double gLogOverR2 = (2 / Math.PI) * k * k * besselDifference(x);
                    gLogDn = gLogOverR2 * dnx[j] * dny[j];
                    gRe = j0[j] - 2 * hRe;
                    gIm = y0[j] - 2 * hIm - gLogOverR2 * r * r * lnR;
                }
            }
            putPhi(a, s, j, kpRe, kpIm);
            if (single) {
                continue;
            }
            // h part: nn (i hLogIm lw + hs w); g part: i (gLog/r^2) (d.nu_x)(d.nu_y) ln r + g_s Im(z) Re(q C)
            double wg = sameLine ? 0 : shape == null ? h * zi * cauchy : -dny[j] * cauchy;
            double bRe = nn * hsRe * w + gRe * wg;
            double bIm = nn * (hLogIm * lw + hsIm * w) + gIm * wg + gLogDn * lw;
            // T - T_0
            double tRe = -halfK2 * bIm;
            double tIm = halfK2 * bRe;
            putCoupling(a, s, j, tRe, tIm, k0, sRho);
        }
    }

    /** The phi row's entry of node j's phi: s K'. */
    private void putPhi(double[] a, Scratch s, int j, double kpRe, double kpIm) {
        int cPhi = 2 * (components() * j);
        a[s.rowPhi + cPhi] = sRe * kpRe - sIm * kpIm;
        a[s.rowPhi + cPhi + 1] = sRe * kpIm + sIm * kpRe;
    }

    /**
     * The three-unknown system's other entries of node j: in the phi row s i eta (T - T_0) (chi) and
     * s i eta K_0' (psi); the chi row's -S_rho and the psi row's -K_0' (phi).
     */
    private void putCoupling(double[] a, Scratch s, int j, double tRe, double tIm, double k0, double sRho) {
        int cPhi = 2 * (3 * j);
        a[s.rowPhi + cPhi + 2] = sieRe * tRe - sieIm * tIm;
        a[s.rowPhi + cPhi + 3] = sieRe * tIm + sieIm * tRe;
        a[s.rowPhi + cPhi + 4] = sieRe * k0;
        a[s.rowPhi + cPhi + 5] = sieIm * k0;
        a[s.rowChi + cPhi] = -sRho;
        a[s.rowPsi + cPhi] = -k0;
    }
}
