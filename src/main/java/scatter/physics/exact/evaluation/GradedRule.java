package scatter.physics.exact.evaluation;

import scatter.physics.SourceSum;
import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.TrigSeries;

/**
 * The field of the density at an observer closer to the boundary than the refined trapezoid rule
 * can handle: composite 16-point Gauss-Legendre panels over the whole curve, halved geometrically
 * towards the nearest boundary point z* = z(s*) until the last panel is as short as the distance.
 *
 * <p>Away from s*, panels of width W &lt;= 12/omega, omega = n + B + k max|z'| (the density's, the
 * curve's and the kernel's bandwidths in s), integrate the smooth integrand to rounding level
 * (16-point Gauss-Legendre errs by about (omega W/4)^32/32! on e^{i omega s}). The two panels next
 * to s* are split at W/2, W/4, ..., down to a panel [0, a] with a |z'(s*)| &lt;= delta: a panel
 * [a, 2a] then sees the near-singularity, at parameter distance ~delta/|z'| from s*, at least three
 * half-widths from its centre, where Gauss-Legendre converges like 5.8^-32.
 *
 * <p>At each node the density is its trigonometric interpolant ({@link TrigSeries}) and the curve
 * its Fourier series; the offset to the observer is formed as (x - z*) - (z(s) - z*), the second
 * difference from the series ({@link TrigSeries#difference}), so it keeps its relative accuracy
 * however close the node is to s* (docs/exact.md, "Field from the density"). Per-thread scratch.
 */
final class GradedRule {
    /** Coarse panels are at most this many radians of the largest bandwidth wide. */
    private static final double PANEL_PHASE = 12;
    /** Most halvings towards s* (a distance of 2^-60 of the panel width is below any grid's rounding). */
    private static final int MAX_HALVINGS = 60;

    private final TrigSeries curve;
    private final TrigSeries density;
    private final double k;
    private final double eta;
    private final int coarsePanels;
    private final double width;
    private final SourceSum sum;
    private final double[] offX;
    private final double[] offY;
    private final double[] nx;
    private final double[] ny;
    private final double[] aRe;
    private final double[] aIm;
    private final double[] bRe;
    private final double[] bIm;
    private final double[] geometry = new double[4];
    private final double[] value = new double[2];
    /** The density's table for {@link #evaluateWindow}, or null. */
    private final DensityTable table;
    private int count;

    GradedRule(TrigSeries curve, TrigSeries density, double k, double eta, double maxSpeed) {
        this(curve, density, null, k, eta, maxSpeed);
    }

    /** A rule whose {@link #evaluateWindow} takes the density from {@code table}. */
    GradedRule(TrigSeries curve, TrigSeries density, DensityTable table, double k, double eta, double maxSpeed) {
        this.table = table;
        this.curve = curve;
        this.density = density;
        this.k = k;
        this.eta = eta;
        coarsePanels = coarsePanels(curve, density, k, maxSpeed);
        width = 2 * Math.PI / coarsePanels;
        int nodes = GaussLegendre.POINTS * (coarsePanels + 2 * (MAX_HALVINGS + 1));
        sum = new SourceSum(k);
        offX = new double[nodes];
        offY = new double[nodes];
        nx = new double[nodes];
        ny = new double[nodes];
        aRe = new double[nodes];
        aIm = new double[nodes];
        bRe = new double[nodes];
        bIm = new double[nodes];
    }

    /**
     * How many coarse panels cover the curve: an even number P of panels of width 2 pi / P &lt;=
     * {@value #PANEL_PHASE} / omega, omega = n + B + k max|z'| the integrand's bandwidth in s.
     */
    static int coarsePanels(TrigSeries curve, TrigSeries density, double k, double maxSpeed) {
        double omega = density.bandwidth() + curve.bandwidth() + k * maxSpeed;
        return Math.max(8, 2 * (int) Math.ceil(Math.PI * omega / PANEL_PHASE));
    }

    /**
     * The part of the field at observer p (as in {@link #evaluate}) from the parameter window
     * s0 + [lo, hi], lo &lt; 0 &lt; hi, each side graded geometrically towards s0 as the two panels
     * next to s0 are in {@link #evaluate}: panels [hi/2, hi], [hi/4, hi/2], ... down to one as
     * short as the distance, and the same towards lo. With |lo| and hi between one and two coarse
     * panel widths the first panels are at most a coarse panel wide, and the rest of the curve,
     * at least a width away from s0, is the business of fixed coarse panels ({@link FixedPanels}).
     * The density comes from the rule's {@link DensityTable}.
     */
    void evaluateWindow(double px, double py, double s0, double zx, double zy, double speed, double delta,
            double lo, double hi, double[] out) {
        double ox = px - zx;
        double oy = py - zy;
        count = 0;
        double stop = delta / speed;
        double a = hi;
        for (int halving = 0; halving < MAX_HALVINGS && a > stop; halving++) {
            windowPanel(s0, 0.5 * a, a, ox, oy);
            a *= 0.5;
        }
        windowPanel(s0, 0, a, ox, oy);
        a = -lo;
        for (int halving = 0; halving < MAX_HALVINGS && a > stop; halving++) {
            windowPanel(s0, -a, -0.5 * a, ox, oy);
            a *= 0.5;
        }
        windowPanel(s0, -a, 0, ox, oy);
        for (int j = 0; j < count; j++) {
            offX[j] = -offX[j];
            offY[j] = -offY[j];
        }
        sum.at(new SourceTerms(count, offX, offY, nx, ny, aRe, aIm, bRe, bIm), 0, 0, out);
    }

    /**
     * The scattered field at observer p, whose nearest boundary point is z(s0) = (zx, zy) at
     * distance delta, with |z'(s0)| = speed; into out[0] + i out[1].
     */
    void evaluate(double px, double py, double s0, double zx, double zy, double speed, double delta, double[] out) {
        double ox = px - zx;
        double oy = py - zy;
        count = 0;
        for (int l = 1; l < coarsePanels / 2; l++) {
            panel(s0, l * width, (l + 1) * width, ox, oy);
            panel(s0, -(l + 1) * width, -l * width, ox, oy);
        }
        double a = width;
        double stop = delta / speed;
        for (int halving = 0; halving < MAX_HALVINGS && a > stop; halving++) {
            panel(s0, 0.5 * a, a, ox, oy);
            panel(s0, -a, -0.5 * a, ox, oy);
            a *= 0.5;
        }
        panel(s0, 0, a, ox, oy);
        panel(s0, -a, 0, ox, oy);
        // r_j = p - c_j is formed accurately above as an offset; as sources at -offset seen from the
        // origin, 0 - (-offset) gives it back exactly
        for (int j = 0; j < count; j++) {
            offX[j] = -offX[j];
            offY[j] = -offY[j];
        }
        sum.at(new SourceTerms(count, offX, offY, nx, ny, aRe, aIm, bRe, bIm), 0, 0, out);
    }

    /** As {@link #panel}, the density from the table. */
    private void windowPanel(double s0, double lo, double hi, double ox, double oy) {
        panel(s0, lo, hi, ox, oy, true);
    }

    /** Adds the Gauss-Legendre nodes of the panel s0 + [lo, hi] as sources. */
    private void panel(double s0, double lo, double hi, double ox, double oy) {
        panel(s0, lo, hi, ox, oy, false);
    }

    /** The panel's nodes as sources, the density from the table or from its series. */
    private void panel(double s0, double lo, double hi, double ox, double oy, boolean tabulated) {
        double mid = 0.5 * (lo + hi);
        double half = 0.5 * (hi - lo);
        for (int g = 0; g < GaussLegendre.POINTS; g++) {
            double offset = mid + half * GaussLegendre.node(g);
            double weight = half * GaussLegendre.weight(g);
            curve.difference(s0, offset, geometry);
            if (tabulated) {
                table.value(s0 + offset, value);
            } else {
                density.value(s0 + offset, value);
            }
            double speed = Math.hypot(geometry[2], geometry[3]);
            offX[count] = ox - geometry[0];
            offY[count] = oy - geometry[1];
            nx[count] = geometry[3] / speed;
            ny[count] = -geometry[2] / speed;
            double a = weight * 0.25 * eta * speed;
            double b = weight * 0.25 * k * speed;
            aRe[count] = a * value[0];
            aIm[count] = a * value[1];
            bRe[count] = -b * value[1];
            bIm[count] = b * value[0];
            count++;
        }
    }
}
