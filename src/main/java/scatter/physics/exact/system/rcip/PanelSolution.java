package scatter.physics.exact.system.rcip;

import scatter.physics.Hankel;

/**
 * A sound-soft combined-field density on a {@link PanelMesh} and what it gives away from the
 * boundary: u_s(x) = int { dPhi(x, y)/dnu(y) - i eta Phi(x, y) } phi(y) ds(y) by the mesh's own
 * rule, per node [ (ik/4) H1(k r) (x - y_j).nu_j / r + (eta/4) H0(k r) ] phi_j w_j, and the far field
 * f(theta) = e^{-i pi/4}/sqrt(8 pi k) sum_j [ k xhat.nu_j + eta ] e^{-ik xhat.y_j} phi_j w_j (the
 * graded mesh's formulas, docs/exact.md). Accurate where the kernel is smooth on every panel
 * (farther from a panel than about its length); for RCIP's coarse mesh the density is the
 * weight-corrected R rho~ (Helsing's tutorial, section 9). Immutable.
 */
public final class PanelSolution {
    private final PanelMesh mesh;
    private final double[] phi;
    private final double k;
    private final double eta;
    private final long nanos;

    PanelSolution(PanelMesh mesh, double[] phi, double k, double eta, long nanos) {
        this.mesh = mesh;
        this.phi = phi;
        this.k = k;
        this.eta = eta;
        this.nanos = nanos;
    }

    /** Unknowns of the system solved. */
    public int unknowns() {
        return mesh.nodes();
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
            int p = j / Gauss16.N;
            double dn = (dx * mesh.ey(p) - dy * mesh.ex(p)) / r;
            double[] b = Hankel.h01(k * r);
            // (ik/4)(J1 + i Y1) dn + (eta/4)(J0 + i Y0)
            double ar = -0.25 * k * b[3] * dn + 0.25 * eta * b[0];
            double ai = 0.25 * k * b[2] * dn + 0.25 * eta * b[1];
            double w = mesh.weight(j);
            re += w * (ar * phi[2 * j] - ai * phi[2 * j + 1]);
            im += w * (ar * phi[2 * j + 1] + ai * phi[2 * j]);
        }
        return new double[] {re, im};
    }

    /** f(theta) as {re, im}. */
    public double[] farField(double theta) {
        double cx = Math.cos(theta);
        double cy = Math.sin(theta);
        double re = 0;
        double im = 0;
        for (int j = 0; j < mesh.nodes(); j++) {
            int p = j / Gauss16.N;
            double phase = -k * (cx * mesh.x(j) + cy * mesh.y(j));
            double er = Math.cos(phase);
            double ei = Math.sin(phase);
            double c = (k * (cx * mesh.ey(p) - cy * mesh.ex(p)) + eta) * mesh.weight(j);
            double ar = c * phi[2 * j];
            double ai = c * phi[2 * j + 1];
            re += ar * er - ai * ei;
            im += ar * ei + ai * er;
        }
        double scale = 1 / Math.sqrt(8 * Math.PI * k);
        double c = Math.sqrt(0.5);
        return new double[] {scale * (re * c + im * c), scale * (im * c - re * c)};
    }
}
