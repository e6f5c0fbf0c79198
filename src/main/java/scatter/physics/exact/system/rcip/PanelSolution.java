package scatter.physics.exact.system.rcip;

import scatter.physics.Hankel;
import scatter.physics.exact.system.BoundaryCondition;

/**
 * The densities on a {@link PanelMesh} and what they give away from the boundary, by the mesh's own
 * rule (the graded mesh's formulas, docs/exact.md). Soft: u_s = DL phi - i eta SL phi, per node
 * [ (ik/4) H1(k r) (x - y_j).nu_j / r + (eta/4) H0(k r) ] phi_j w_j, and f(theta) = e^{-i pi/4}/sqrt(8 pi k)
 * sum_j [ k xhat.nu_j + eta ] e^{-ik xhat.y_j} phi_j w_j. Hard: u_s = SL phi + i eta DL chi, per node
 * [ (i/4) H0(k r) phi_j - (eta k/4) H1(k r) (x - y_j).nu_j/r chi_j ] w_j, and f(theta) = e^{i pi/4}/sqrt(8 pi k)
 * sum_j [ phi_j + eta k (xhat.nu_j) chi_j ] e^{-ik xhat.y_j} w_j; in the single-layer formulation
 * ({@link Formulation#SINGLE_LAYER}) there is no chi, the same with chi = 0; its modification
 * ({@link Formulation#MODIFIED_SINGLE_LAYER}) adds its sources inside, sum_m q_m (i/4) H0(k |x - y_m|) and
 * to f e^{i pi/4}/sqrt(8 pi k) sum_m q_m e^{-ik xhat.y_m} ({@link InteriorSources}). Accurate where the kernel is smooth on every panel
 * (farther from a panel than about its length); for RCIP's coarse mesh the density is the
 * weight-corrected R rho~ (Helsing's tutorial, section 9). Immutable.
 */
public final class PanelSolution {
    private final PanelMesh mesh;
    private final double[] phi;
    private final double k;
    private final double eta;
    private final long nanos;
    private final BoundaryCondition condition;
    private final Formulation formulation;
    private final int comps;
    /** The guard's estimate of the coarse system's condition (single layer), NaN if not estimated. */
    double conditionEstimate = Double.NaN;
    /** The change of f from the previous, coarser solve relative to max |f|; NaN if none. */
    private double change = Double.NaN;
    private double panelLength = Double.NaN;
    private int levels;
    /** Per corner its refined density (RCIP solved with the corners kept), else null. */
    private CornerDensity[] corners;
    private int[][] cornerPanels;
    /**
     * The modified single layer's sources inside ({@link InteriorSources}): positions and strengths q_m
     * ({re, im} interleaved), each adding q_m (i/4) H0(k |x - y_m|) to u_s; empty otherwise.
     */
    private double[] sourceX = new double[0];
    private double[] sourceY = new double[0];
    private double[] sourceQ = new double[0];

    /** The coarse panels' Bernstein ellipses lie in this box: xmin, xmax, ymin, ymax. */
    private final double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY};

    PanelSolution(PanelMesh mesh, double[] u, double k, double eta, Formulation formulation, long nanos) {
        double a = 0.5 * (ProductWeights.NEAR_RHO + 1 / ProductWeights.NEAR_RHO);
        for (int j = 0; j < mesh.nodes(); j++) {
            // the ellipse's points are within a half of its centre, the centre within half of every node
            double reach = (a + 1) * mesh.half(j / Gauss16.N);
            box[0] = Math.min(box[0], mesh.x(j) - reach);
            box[1] = Math.max(box[1], mesh.x(j) + reach);
            box[2] = Math.min(box[2], mesh.y(j) - reach);
            box[3] = Math.max(box[3], mesh.y(j) + reach);
        }
        this.mesh = mesh;
        this.phi = u;
        this.formulation = formulation;
        this.condition = formulation.condition();
        this.comps = formulation.components();
        this.k = k;
        this.eta = eta;
        this.nanos = nanos;
    }

    /** The equation solved. */
    public Formulation formulation() {
        return formulation;
    }

    /**
     * The single-layer coarse system's condition number as the guard estimated it (infinity norm,
     * {@link RcipSolver}), NaN where none was estimated (the soft and the regularised systems).
     */
    public double conditionEstimate() {
        return conditionEstimate;
    }

    /** Unknowns of the system solved. */
    public int unknowns() {
        return comps * mesh.nodes();
    }

    /**
     * The largest change of f over 64 angles from the solve on panels twice as long, relative to max |f|:
     * a bound on the coarser solution's error, so on this one's where the convergence is spectral;
     * NaN if this solve was not compared.
     */
    public double change() {
        return change;
    }

    /** The coarse panel length H of a controlled solve, NaN otherwise. */
    public double panelLength() {
        return panelLength;
    }

    /** The levels compressed at each corner in a controlled solve, 0 otherwise. */
    public int levels() {
        return levels;
    }

    PanelSolution controlled(double changeFromCoarser, double h, int compressedLevels) {
        this.change = changeFromCoarser;
        this.panelLength = h;
        this.levels = compressedLevels;
        return this;
    }

    PanelSolution withSources(double[] x, double[] y, double[] q) {
        this.sourceX = x.clone();
        this.sourceY = y.clone();
        this.sourceQ = q.clone();
        return this;
    }

    /** The sources inside: {x, y, Re q, Im q} per source, each adding q (i/4) H0(k |x - y_m|) to u_s; none for most formulations. */
    double[][] sourcesInside() {
        int count = sourceX.length;
        double[][] out = new double[count][];
        for (int m = 0; m < count; m++) {
            out[m] = new double[] {sourceX[m], sourceY[m], sourceQ[2 * m], sourceQ[2 * m + 1]};
        }
        return out;
    }

    /** sum_m q_m (i/4) H0(k |(x, y) - y_m|) added to sum, the sources inside's field. */
    private void addSourcesInside(double x, double y, double[] sum) {
        for (int m = 0; m < sourceX.length; m++) {
            double[] b = Hankel.h01(k * Math.hypot(x - sourceX[m], y - sourceY[m]));
            // (i/4)(J0 + i Y0) q
            double ar = -0.25 * b[1];
            double ai = 0.25 * b[0];
            sum[0] += ar * sourceQ[2 * m] - ai * sourceQ[2 * m + 1];
            sum[1] += ar * sourceQ[2 * m + 1] + ai * sourceQ[2 * m];
        }
    }

    PanelSolution withCorners(CornerDensity[] refined, int[][] panels) {
        this.corners = refined;
        this.cornerPanels = panels;
        return this;
    }

    /** True if {@link #closeField} can be asked: solved by RCIP with the corners' densities kept. */
    public boolean hasCorners() {
        return corners != null;
    }

    /**
     * u_s at (x, y) as {re, im}, at any point outside however close to a side or a corner
     * (docs/exact.md, "Corners"): each coarse panel whose Bernstein ellipse of parameter 3 holds the
     * point by the product weights on its density ({@link CloseField}); a corner whose four coarse
     * panels one such ellipse holds by its refined panels and their density from the backward
     * recursion ({@link CornerDensity}), each again by the plain rule or the product weights; the
     * other panels by the plain rule, as {@link #field}. A point on the boundary or inside is not
     * refused: the caller asks only outside.
     *
     * @throws IllegalStateException if the corners' densities were not kept
     */
    public double[] closeField(double x, double y) {
        if (corners == null) {
            throw new IllegalStateException("solved without the corners' densities");
        }
        CloseField close = new CloseField(k, eta, formulation);
        int panels = mesh.panels();
        boolean[] skip = new boolean[panels];
        double[] sum = new double[2];
        for (int c = 0; c < corners.length; c++) {
            boolean near = false;
            for (int p : cornerPanels[c]) {
                near |= close.near(mesh, p, x, y, 0, 0);
            }
            if (near) {
                PanelMesh fine = corners[c].mesh;
                for (int p = 0; p < fine.panels(); p++) {
                    close.add(fine, p, corners[c].density, x, y, 0, 0, sum);
                }
                for (int p : cornerPanels[c]) {
                    skip[p] = true;
                }
            }
        }
        for (int p = 0; p < panels; p++) {
            if (!skip[p]) {
                close.add(mesh, p, phi, x, y, 0, 0, sum);
            }
        }
        addSourcesInside(x, y, sum);
        return sum;
    }

    /** True if a coarse panel's Bernstein ellipse of parameter 3 holds (x, y): {@link #sources()} is not accurate there. */
    public boolean near(double x, double y) {
        if (x < box[0] || x > box[1] || y < box[2] || y > box[3]) {
            return false;
        }
        double[] z = new double[2];
        for (int p = 0; p < mesh.panels(); p++) {
            mesh.local(x, y, 0, 0, p, z);
            if (ProductWeights.near(z[0], z[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field's sources in the kernel's form (a H0(k R) + b H1(k R) (n.r)/R per node, n the outward
     * normal), each node's weight w_j and density (the representations above): soft a_j = (eta/4) w_j phi_j,
     * b_j = (ik/4) w_j phi_j; hard a_j = (i/4) w_j phi_j, b_j = -(eta k/4) w_j chi_j (0 in the single-layer
     * formulation); after them the modified single layer's sources inside, a_m = (i/4) q_m, b_m = 0
     * ({@link InteriorSources}). Accurate where no coarse panel's Bernstein ellipse of parameter 3 holds the
     * observer ({@link #near}).
     */
    public scatter.physics.SourceTerms sources() {
        int n = mesh.nodes();
        boolean soft = condition == BoundaryCondition.SOFT;
        int inside = sourceX.length;
        double[][] a = new double[8][n + inside];
        for (int j = 0; j < n; j++) {
            double w = mesh.weight(j);
            a[0][j] = mesh.x(j);
            a[1][j] = mesh.y(j);
            a[2][j] = mesh.nx(j);
            a[3][j] = mesh.ny(j);
            double qr = w * phi[2 * comps * j];
            double qi = w * phi[2 * comps * j + 1];
            if (soft) {
                a[4][j] = 0.25 * eta * qr;
                a[5][j] = 0.25 * eta * qi;
                a[6][j] = -0.25 * k * qi;
                a[7][j] = 0.25 * k * qr;
            } else {
                a[4][j] = -0.25 * qi;
                a[5][j] = 0.25 * qr;
                // no double layer in the single-layer formulation
                a[6][j] = comps == 1 ? 0 : -0.25 * eta * k * w * phi[2 * comps * j + 2];
                a[7][j] = comps == 1 ? 0 : -0.25 * eta * k * w * phi[2 * comps * j + 3];
            }
        }
        // the sources inside: a = (i/4) q, no H1 term (its direction unused)
        for (int m = 0; m < inside; m++) {
            a[0][n + m] = sourceX[m];
            a[1][n + m] = sourceY[m];
            a[2][n + m] = 1;
            a[4][n + m] = -0.25 * sourceQ[2 * m + 1];
            a[5][n + m] = 0.25 * sourceQ[2 * m];
        }
        return new scatter.physics.SourceTerms(n + inside, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    /** The positions {x, y} of nodes [from, to). */
    double[][] positions(int from, int to) {
        double[] x = new double[to - from];
        double[] y = new double[to - from];
        for (int j = from; j < to; j++) {
            x[j - from] = mesh.x(j);
            y[j - from] = mesh.y(j);
        }
        return new double[][] {x, y};
    }

    /** {Re phi_j, Im phi_j} of nodes [from, to): the first density (the single layer's phi for sound-hard). */
    double[][] firstDensity(int from, int to) {
        double[] re = new double[to - from];
        double[] im = new double[to - from];
        for (int j = from; j < to; j++) {
            re[j - from] = phi[2 * comps * j];
            im[j - from] = phi[2 * comps * j + 1];
        }
        return new double[][] {re, im};
    }

    /** The mesh the densities live on. */
    PanelMesh mesh() {
        return mesh;
    }

    /** The densities per node (c components, interleaved), as solved; R rho~ on RCIP's corner panels. */
    double[] density() {
        return phi;
    }

    /** The wavenumber. */
    double k() {
        return k;
    }

    /** The coupling eta of the representation. */
    double eta() {
        return eta;
    }

    /** Wall time of the coarse system's LU and solve within {@link #nanos()}; 0 if not timed apart. */
    long factorNanos;

    /** Wall time of the coarse system's LU within {@link #nanos()}, nanoseconds (0 for the refined mesh). */
    public long factorNanos() {
        return factorNanos;
    }

    /** Wall time of the solve, nanoseconds. */
    public long nanos() {
        return nanos;
    }

    /** u_s at (x, y) as {re, im}. */
    public double[] field(double x, double y) {
        int n = mesh.nodes();
        double re = 0;
        double im = 0;
        for (int j = 0; j < n; j++) {
            double dx = x - mesh.x(j);
            double dy = y - mesh.y(j);
            double r = Math.hypot(dx, dy);
            double dn = (dx * mesh.nx(j) + dy * mesh.ny(j)) / r;
            double[] b = Hankel.h01(k * r);
            double w = mesh.weight(j);
            if (condition == BoundaryCondition.SOFT) {
                // (ik/4)(J1 + i Y1) dn + (eta/4)(J0 + i Y0)
                double ar = -0.25 * k * b[3] * dn + 0.25 * eta * b[0];
                double ai = 0.25 * k * b[2] * dn + 0.25 * eta * b[1];
                re += w * (ar * phi[2 * j] - ai * phi[2 * j + 1]);
                im += w * (ar * phi[2 * j + 1] + ai * phi[2 * j]);
            } else {
                // (i/4)(J0 + i Y0) phi - (eta k/4)(J1 + i Y1) dn chi
                int f = 2 * comps * j;
                double ar = -0.25 * b[1];
                double ai = 0.25 * b[0];
                if (comps == 1) {
                    re += w * (ar * phi[f] - ai * phi[f + 1]);
                    im += w * (ar * phi[f + 1] + ai * phi[f]);
                    continue;
                }
                double cr = -0.25 * eta * k * b[2] * dn;
                double ci = -0.25 * eta * k * b[3] * dn;
                re += w * (ar * phi[f] - ai * phi[f + 1] + cr * phi[f + 2] - ci * phi[f + 3]);
                im += w * (ar * phi[f + 1] + ai * phi[f] + cr * phi[f + 3] + ci * phi[f + 2]);
            }
        }
        double[] sum = {re, im};
        addSourcesInside(x, y, sum);
        return sum;
    }

    /** f(theta) as {re, im}. */
    public double[] farField(double theta) {
        double cx = Math.cos(theta);
        double cy = Math.sin(theta);
        double re = 0;
        double im = 0;
        for (int j = 0; j < mesh.nodes(); j++) {
            double phase = -k * (cx * mesh.x(j) + cy * mesh.y(j));
            double er = Math.cos(phase);
            double ei = Math.sin(phase);
            double nx = cx * mesh.nx(j) + cy * mesh.ny(j);
            double ar;
            double ai;
            if (condition == BoundaryCondition.SOFT) {
                double c = (k * nx + eta) * mesh.weight(j);
                ar = c * phi[2 * j];
                ai = c * phi[2 * j + 1];
            } else if (comps == 1) {
                double w = mesh.weight(j);
                ar = w * phi[2 * j];
                ai = w * phi[2 * j + 1];
            } else {
                double w = mesh.weight(j);
                ar = w * (phi[6 * j] + eta * k * nx * phi[6 * j + 2]);
                ai = w * (phi[6 * j + 1] + eta * k * nx * phi[6 * j + 3]);
            }
            re += ar * er - ai * ei;
            im += ar * ei + ai * er;
        }
        // a source inside: the single layer's pattern of a node of weight 1 and density q_m
        for (int m = 0; m < sourceX.length; m++) {
            double phase = -k * (cx * sourceX[m] + cy * sourceY[m]);
            double er = Math.cos(phase);
            double ei = Math.sin(phase);
            re += sourceQ[2 * m] * er - sourceQ[2 * m + 1] * ei;
            im += sourceQ[2 * m] * ei + sourceQ[2 * m + 1] * er;
        }
        double scale = 1 / Math.sqrt(8 * Math.PI * k);
        double c = Math.sqrt(0.5);
        double s = condition == BoundaryCondition.SOFT ? -c : c;   // e^{-+i pi/4}
        return new double[] {scale * (re * c - im * s), scale * (re * s + im * c)};
    }
}
