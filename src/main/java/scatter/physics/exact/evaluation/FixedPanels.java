package scatter.physics.exact.evaluation;

import scatter.physics.SourceSum;
import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.TrigSeries;

/**
 * The graded rule ({@link GradedRule}) with its coarse panels fixed on the curve instead of placed
 * from each observer's nearest point: P composite 16-point Gauss-Legendre panels [i w, (i + 1) w],
 * w = 2 pi / P (P and the width's bound as {@link GradedRule#coarsePanels}), whose nodes, with the
 * density's and the curve's values there, are computed once, as {@link SourceTerms} (panel i's
 * nodes at [16 i, 16 i + 16)). At an observer whose nearest boundary point is z(s*), s* in panel
 * i0, the panels i0 - 1, i0, i0 + 1 are replaced by the window s* + [lo, hi] ((i0 - 1) w - s* = lo,
 * hi = (i0 + 2) w - s*, each between w and 2w from s*), graded towards s* as the graded rule does
 * ({@link GradedRule#evaluateWindow}); the other P - 3 panels are summed as they are. Every panel
 * summed as it is lies at least w from s*, half its width twice over, as the graded rule's own
 * coarse panels do, so the rule is as accurate; but the density is evaluated only at the window's
 * few hundred nodes, and there from a table ({@link DensityTable}: 12 terms), instead of from
 * its series (O(n) terms) at every node of the curve's panels, which is where the graded rule
 * spends its time.
 *
 * <p>The fast evaluation (--fmm) uses it; the direct sum keeps {@link GradedRule} bit for bit.
 * Immutable; per-thread scratch comes from {@link #newEvaluator()}.
 */
final class FixedPanels {
    private final TrigSeries curve;
    private final TrigSeries density;
    private final DensityTable table;
    private final double k;
    private final double eta;
    private final double maxSpeed;
    private final int panels;
    private final double width;
    private final SourceTerms nodes;

    FixedPanels(TrigSeries curve, TrigSeries density, DensityTable table, double k, double eta, double maxSpeed) {
        this.curve = curve;
        this.density = density;
        this.table = table;
        this.k = k;
        this.eta = eta;
        this.maxSpeed = maxSpeed;
        panels = GradedRule.coarsePanels(curve, density, k, maxSpeed);
        width = 2 * Math.PI / panels;
        int count = panels * GaussLegendre.POINTS;
        double[] x = new double[count];
        double[] y = new double[count];
        double[] nx = new double[count];
        double[] ny = new double[count];
        double[] aRe = new double[count];
        double[] aIm = new double[count];
        double[] bRe = new double[count];
        double[] bIm = new double[count];
        double[] position = new double[2];
        double[] derivative = new double[4];
        double[] psi = new double[2];
        double half = 0.5 * width;
        for (int i = 0, j = 0; i < panels; i++) {
            double mid = (i + 0.5) * width;
            for (int g = 0; g < GaussLegendre.POINTS; g++, j++) {
                double s = mid + half * GaussLegendre.node(g);
                double weight = half * GaussLegendre.weight(g);
                curve.value(s, position);
                curve.difference(s, 0, derivative);
                density.value(s, psi);
                double speed = Math.hypot(derivative[2], derivative[3]);
                x[j] = position[0];
                y[j] = position[1];
                nx[j] = derivative[3] / speed;
                ny[j] = -derivative[2] / speed;
                double a = weight * 0.25 * eta * speed;
                double b = weight * 0.25 * k * speed;
                aRe[j] = a * psi[0];
                aIm[j] = a * psi[1];
                bRe[j] = -b * psi[1];
                bIm[j] = b * psi[0];
            }
        }
        nodes = new SourceTerms(count, x, y, nx, ny, aRe, aIm, bRe, bIm);
    }

    /** Panels on the curve. */
    int panels() {
        return panels;
    }

    /** An evaluator with its own scratch space, for one thread. */
    Evaluator newEvaluator() {
        return new Evaluator();
    }

    /** Evaluates observers; one thread's. */
    final class Evaluator {
        private final GradedRule window = new GradedRule(curve, density, table, k, eta, maxSpeed);
        private final SourceSum sum = new SourceSum(k);
        private final double[] part = new double[2];

        /**
         * The scattered field at observer p, whose nearest boundary point is z(s0) = (zx, zy) at
         * distance delta, with |z'(s0)| = speed; into out[0] + i out[1].
         */
        void evaluate(double px, double py, double s0, double zx, double zy, double speed, double delta, double[] out) {
            double s = s0 - 2 * Math.PI * Math.floor(s0 / (2 * Math.PI));
            int i0 = Math.min(panels - 1, (int) (s / width));
            window.evaluateWindow(px, py, s, zx, zy, speed, delta, (i0 - 1) * width - s, (i0 + 2) * width - s, out);
            double re = out[0];
            double im = out[1];
            int all = nodes.count();
            int start = Math.floorMod(i0 + 2, panels) * GaussLegendre.POINTS;
            int end = start + (panels - 3) * GaussLegendre.POINTS;
            sum.between(nodes, start, Math.min(end, all), px, py, part);
            re += part[0];
            im += part[1];
            if (end > all) {
                sum.between(nodes, 0, end - all, px, py, part);
                re += part[0];
                im += part[1];
            }
            out[0] = re;
            out[1] = im;
        }
    }
}
