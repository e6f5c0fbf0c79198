package scatter.physics.exact.system.rcip;

import scatter.physics.Hankel;

/**
 * One panel's part of u_s at a target off the boundary, however close: the plain
 * 16-point rule where the target is outside the panel's Bernstein ellipse of parameter 3
 * ({@link ProductWeights#near}), else the kernel split of the matrix rows ({@link CombinedField},
 * {@link RegularisedHard}) with the product weights of {@link ProductWeights} for the target:
 * <pre>
 *   (i/4) H0(kr)                = -(1/(2 pi)) J0(kr) ln r + S_s(r)/2,
 *   (ik/4) H1(kr)/r (d.nu_y)    = (1/(2 pi)) (d.nu_y)/r^2 - (k/(2 pi)) J1(kr)/r (d.nu_y) ln r + K_s(r) (d.nu_y)/2,
 * </pre>
 * ln r = ln h + ln|z - t| and (d.nu_y)/r^2 ds = -Im(dt/(t - z)) on the panel (z the target in its
 * coordinate, h its half length). Soft: u_s = DL phi - i eta SL phi; hard: u_s = SL phi + i eta DL chi
 * (the representations of {@link PanelSolution}; chi = 0 in the single-layer formulation), SL the kernel (i/4) H0, DL the kernel
 * (ik/4) H1 (d.nu_y)/r. The target is given as an offset (ox, oy) from (rx, ry), so that a target
 * 1e-10 from a vertex keeps its digits relative to the panels kept as offsets from it. A curved
 * panel ({@link CurvedPanel}) takes the complex-plane weights of {@link CurvedWeights} and its nodes'
 * own normals and weights. Not
 * thread-safe: one instance per thread.
 */
final class CloseField {
    private final double k;
    private final double eta;
    private final boolean soft;
    /** Unknowns per node of the density: 1 soft and single layer, 3 regularised (phi, chi, psi). */
    private final int c;
    private final ProductWeights weights = new ProductWeights();
    private final CurvedWeights curved = new CurvedWeights();
    private final double[] d = new double[2];
    private final double[] z = new double[2];
    /** J0, Y0, J1, Y1 at the node being added. */
    private final double[] hk = new double[4];
    /** The panel's 16 nodes: distance, (d.nu) and kr, then J0, Y0, J1, Y1 of kr in one batch. */
    private final double[] rs = new double[Gauss16.N];
    private final double[] dns = new double[Gauss16.N];
    private final double[] kr = new double[Gauss16.N];
    private final double[] j0 = new double[Gauss16.N];
    private final double[] y0 = new double[Gauss16.N];
    private final double[] j1 = new double[Gauss16.N];
    private final double[] y1 = new double[Gauss16.N];

    CloseField(double k, double eta, Formulation formulation) {
        this.k = k;
        this.eta = eta;
        this.soft = formulation == Formulation.COMBINED_FIELD;
        this.c = formulation.components();
    }

    /** True if the target is inside panel p's Bernstein ellipse of parameter 3. */
    boolean near(PanelMesh mesh, int p, double rx, double ry, double ox, double oy) {
        mesh.local(rx, ry, ox, oy, p, z);
        return ProductWeights.near(z[0], z[1]);
    }

    /**
     * Adds panel p's part of u_s into sum ({re, im}); density per node c components (1 soft and single
     * layer, 3 regularised: phi, chi, psi), interleaved, node j of the mesh at 2 c j.
     */
    void add(PanelMesh mesh, int p, double[] density, double rx, double ry, double ox, double oy, double[] sum) {
        mesh.local(rx, ry, ox, oy, p, z);
        boolean near = ProductWeights.near(z[0], z[1]);
        CurvedPanel shape = mesh.curved(p);
        if (near && shape == null) {
            weights.compute(z[0], z[1]);
        } else if (near) {
            curved.compute(shape, z[0], z[1], false);
        }
        double[] cauchyIm = shape == null ? weights.cauchyIm : curved.cauchyIm;
        double h = mesh.half(p);
        double lnH = Math.log(h);
        double ex = mesh.ex(p);
        double ey = mesh.ey(p);
        for (int l = 0; l < Gauss16.N; l++) {
            int j = p * Gauss16.N + l;
            mesh.difference(rx, ry, ox, oy, j, d);
            double r = Math.hypot(d[0], d[1]);
            rs[l] = r;
            dns[l] = shape == null ? d[0] * ey - d[1] * ex : d[0] * shape.nx[l] + d[1] * shape.ny[l];
            kr[l] = k * r;
        }
        // the panel's 16 at once: the same values as one by one, without an array per node
        Hankel.evaluate(kr, Gauss16.N, j0, y0, j1, y1);
        for (int l = 0; l < Gauss16.N; l++) {
            int j = p * Gauss16.N + l;
            double r = rs[l];
            double dn = dns[l];
            double w = shape == null ? h * Gauss16.weight(l) : shape.weight[l];
            hk[0] = j0[l];
            hk[1] = y0[l];
            hk[2] = j1[l];
            hk[3] = y1[l];
            // single layer sl = (i/4) H0 and double layer dl = (ik/4) H1 dn/r, both times the weight
            double slRe;
            double slIm;
            double dlRe;
            double dlIm;
            if (!near) {
                slRe = -0.25 * hk[1] * w;
                slIm = 0.25 * hk[0] * w;
                dlRe = -0.25 * k * hk[3] * dn / r * w;
                dlIm = 0.25 * k * hk[2] * dn / r * w;
            } else {
                double lw = shape == null ? h * (weights.logW[l] + lnH * Gauss16.weight(l)) : curved.logW[l];
                double lnR = Math.log(r);
                double sLog = -hk[0] / Math.PI;
                double sRe = -0.5 * hk[1] - sLog * lnR;
                slRe = 0.5 * (sLog * lw + sRe * w);
                slIm = 0.25 * hk[0] * w;
                double kLog = -(k / Math.PI) * hk[2] / r;
                double kSmRe = -0.5 * k * hk[3] / r - 1 / (Math.PI * r * r) - kLog * lnR;
                double kSmIm = 0.5 * k * hk[2] / r;
                dlRe = 0.5 * (dn * (kLog * lw + kSmRe * w) - cauchyIm[l] / Math.PI);
                dlIm = 0.5 * dn * kSmIm * w;
            }
            int f = 2 * c * j;
            if (soft) {
                // dl - i eta sl
                double ar = dlRe + eta * slIm;
                double ai = dlIm - eta * slRe;
                sum[0] += ar * density[f] - ai * density[f + 1];
                sum[1] += ar * density[f + 1] + ai * density[f];
            } else if (c == 1) {
                // sl phi
                sum[0] += slRe * density[f] - slIm * density[f + 1];
                sum[1] += slRe * density[f + 1] + slIm * density[f];
            } else {
                // sl phi + i eta dl chi
                double cr = -eta * dlIm;
                double ci = eta * dlRe;
                sum[0] += slRe * density[f] - slIm * density[f + 1] + cr * density[f + 2] - ci * density[f + 3];
                sum[1] += slRe * density[f + 1] + slIm * density[f] + cr * density[f + 3] + ci * density[f + 2];
            }
        }
    }
}
