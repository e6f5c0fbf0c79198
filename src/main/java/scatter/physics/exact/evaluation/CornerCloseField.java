package scatter.physics.exact.evaluation;

import java.util.HashMap;
import java.util.Map;
import scatter.physics.Hankel;
import scatter.physics.exact.system.CornerSolution;
import scatter.physics.exact.curve.Fourier;
import scatter.physics.exact.curve.Grading;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.TrigSeries;

/**
 * u_s near a polygon's boundary, where the trapezoid rule on the graded points loses accuracy (its
 * error is about exp(-2 pi delta/h) at a distance delta from a side whose local spacing is h).
 *
 * <p>On a side, the weighted densities q = phi |z'| (and, hard, chi |z'|) vanish at both corners to
 * high order (like tau^(p - 1) times the density's own behaviour), so as functions of the side's tau
 * in [0, 1] extended by period 1 they are smooth, and their trigonometric interpolant from the side's
 * P points (the corner's value 0 first) is accurate. A side closer to the observer than
 * {@link #CLOSE} local spacings is summed on m P points, m = 2^ceil(log2(CLOSE h/delta)) at most
 * {@link #MAX_REFINE}, with q interpolated there (zero-padded FFT, {@link Fourier}) and the geometry
 * exact (the grading at the finer tau); the other sides by the trapezoid rule. A side closer than
 * CLOSE h / MAX_REFINE (h/8) is integrated by composite 16-point Gauss-Legendre panels in tau, of width
 * at most 12/omega (omega = pi P + 2 k |E|, the interpolant's and the kernel's bandwidths in tau),
 * halved geometrically towards the nearest point tau* until the last is as short as the distance
 * (as {@link GradedRule} does on a smooth curve), with q from its trigonometric interpolant
 * ({@link TrigSeries}) and the offset to the observer formed as (x - z*) - (g(tau) - g(tau*)) E.
 *
 * <p>Not thread-safe (it keeps the refined sides it has made).
 */
public final class CornerCloseField {
    /** Sides nearer than this many local spacings are refined. */
    static final double CLOSE = 8;
    /** Largest refinement. */
    static final int MAX_REFINE = 64;

    private final CornerSolution solution;
    private final PolygonBoundary polygon;
    private final PolygonBoundary.Points points;
    private final Grading grading = new Grading(Grading.ORDER);
    /** Per side and refinement: {re q, im q, re chi|z'|, im chi|z'|} at tau = l/(mP). */
    private final Map<Long, double[][]> refined = new HashMap<>();

    CornerCloseField(CornerSolution solution, PolygonBoundary polygon) {
        this.solution = solution;
        this.polygon = polygon;
        this.points = solution.graded();
    }

    /**
     * Whether the trapezoid rule on the graded points is not accurate at (x, y): some side is nearer
     * than {@link #CLOSE} of its local spacings ({@link #field} then refines it).
     */
    boolean near(double x, double y) {
        for (int c = 0; c < polygon.sides(); c++) {
            if (refinement(c, x, y) > 1) {
                return true;
            }
        }
        return false;
    }

    /** u_s at (x, y), as {re, im}. */
    double[] field(double x, double y) {
        int sides = polygon.sides();
        int per = points.perSide;
        double[] sum = new double[2];
        for (int c = 0; c < sides; c++) {
            int m = refinement(c, x, y);
            if (m > MAX_REFINE) {
                double[] g = graded(c, x, y);
                sum[0] += g[0];
                sum[1] += g[1];
                continue;
            }
            double[][] q = values(c, m);
            int count = m * per;
            double ax = polygon.vertexX(c);
            double ay = polygon.vertexY(c);
            double ex = polygon.vertexX((c + 1) % sides) - ax;
            double ey = polygon.vertexY((c + 1) % sides) - ay;
            double length = Math.hypot(ex, ey);
            double nx = ey / length;   // the outward unit normal of an anticlockwise side
            double ny = -ex / length;
            double[] kr = new double[count];
            double[] dn = new double[count];
            for (int l = 1; l < count; l++) {
                double[] g = grading.at((double) l / count);
                double rx;
                double ry;
                if (2 * l < count) {
                    rx = (x - ax) - g[0] * ex;
                    ry = (y - ay) - g[0] * ey;
                } else {
                    rx = (x - ax - ex) + g[1] * ex;
                    ry = (y - ay - ey) + g[1] * ey;
                }
                double r = Math.hypot(rx, ry);
                kr[l] = solution.k() * r;
                dn[l] = (rx * nx + ry * ny) / r;
            }
            kr[0] = 1;   // the corner: weight zero
            double[] j0 = new double[count];
            double[] y0 = new double[count];
            double[] j1 = new double[count];
            double[] y1 = new double[count];
            Hankel.evaluate(kr, count, j0, y0, j1, y1);
            double w = Math.PI / points.n / m;
            for (int l = 1; l < count; l++) {
                double[] term = solution.kernelTimes(j0[l], y0[l], j1[l], y1[l], dn[l], q[0][l], q[1][l], q[2][l], q[3][l]);
                sum[0] += w * term[0];
                sum[1] += w * term[1];
            }
        }
        return sum;
    }

    /** The refinement of side c for the observer: 1 beyond CLOSE local spacings, else a power of two. */
    private int refinement(int c, double x, double y) {
        int sides = polygon.sides();
        double ax = polygon.vertexX(c);
        double ay = polygon.vertexY(c);
        double ex = polygon.vertexX((c + 1) % sides) - ax;
        double ey = polygon.vertexY((c + 1) % sides) - ay;
        double length2 = ex * ex + ey * ey;
        double u = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / length2));
        double delta = Math.hypot(x - ax - u * ex, y - ay - u * ey);
        // the spacing where the side is delta along from the nearest point, |E| g'(tau)/P: at a corner,
        // where g' = 0, the points an observer delta away sees are those delta along the sides
        double length = Math.sqrt(length2);
        double ahead = grading.at(tauOf(Math.min(1, u + delta / length)))[2];
        double behind = grading.at(tauOf(Math.max(0, u - delta / length)))[2];
        double h = length * Math.max(ahead, behind) / points.perSide;
        int m = 1;
        while (m <= MAX_REFINE && m * delta < CLOSE * h) {
            m *= 2;
        }
        return m;
    }

    /** tau with g(tau) = u, by bisection (g increases from 0 to 1). */
    private double tauOf(double u) {
        double lo = 0;
        double hi = 1;
        for (int step = 0; step < 60; step++) {
            double mid = 0.5 * (lo + hi);
            if (grading.at(mid)[0] < u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Side c's contribution by Gauss-Legendre panels graded towards the observer's nearest point. */
    private double[] graded(int c, double x, double y) {
        int sides = polygon.sides();
        int per = points.perSide;
        double ax = polygon.vertexX(c);
        double ay = polygon.vertexY(c);
        double ex = polygon.vertexX((c + 1) % sides) - ax;
        double ey = polygon.vertexY((c + 1) % sides) - ay;
        double length = Math.hypot(ex, ey);
        double nx = ey / length;
        double ny = -ex / length;
        double u = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (length * length)));
        double star = tauOf(u);
        double[] gs = grading.at(star);
        double ox = x - (ax + gs[0] * ex);   // x - z*
        double oy = y - (ay + gs[0] * ey);
        double delta = Math.hypot(ox, oy);
        TrigSeries[] q = series(c);
        double omega = Math.PI * per + 2 * solution.k() * length;
        int coarse = Math.max(8, (int) Math.ceil(omega / 12));
        double width = 1.0 / coarse;
        double[] sum = new double[2];
        // coarse panels away from tau*, then halvings towards it from both sides, within [0, 1]
        double left = star - width;
        double right = star + width;
        for (double a = right; a < 1; a += width) {
            panel(Math.min(a, 1), Math.min(a + width, 1), star, gs, ox, oy, ex, ey, nx, ny, q, sum);
        }
        for (double b = left; b > 0; b -= width) {
            panel(Math.max(b - width, 0), Math.max(b, 0), star, gs, ox, oy, ex, ey, nx, ny, q, sum);
        }
        // halve until the panels next to tau* are at most delta long on the side
        double a = width;
        for (int halving = 0; halving < 60 && length * reach(star, a) > delta; halving++) {
            panel(star + 0.5 * a, star + a, star, gs, ox, oy, ex, ey, nx, ny, q, sum);
            panel(star - a, star - 0.5 * a, star, gs, ox, oy, ex, ey, nx, ny, q, sum);
            a *= 0.5;
        }
        panel(star, star + a, star, gs, ox, oy, ex, ey, nx, ny, q, sum);
        panel(star - a, star, star, gs, ox, oy, ex, ey, nx, ny, q, sum);
        // d sigma = (2 pi / sides) d tau
        double scale = 2 * Math.PI / sides;
        return new double[] {scale * sum[0], scale * sum[1]};
    }

    /** How far along the side (as a fraction of it) tau* +- a lies from tau*, the larger of the two. */
    private double reach(double star, double a) {
        double g = grading.at(star)[0];
        return Math.max(grading.at(Math.min(1, star + a))[0] - g, g - grading.at(Math.max(0, star - a))[0]);
    }

    /** Adds the 16 Gauss-Legendre nodes of [lo, hi] clipped to [0, 1]. */
    private void panel(double lo, double hi, double star, double[] gs, double ox, double oy, double ex, double ey,
            double nx, double ny, TrigSeries[] q, double[] sum) {
        lo = Math.max(lo, 0);
        hi = Math.min(hi, 1);
        if (!(hi > lo)) {
            return;
        }
        double mid = 0.5 * (lo + hi);
        double half = 0.5 * (hi - lo);
        double[] qv = new double[2];
        double[] cv = new double[2];
        double[] j0 = new double[1];
        double[] y0 = new double[1];
        double[] j1 = new double[1];
        double[] y1 = new double[1];
        for (int g = 0; g < GaussLegendre.POINTS; g++) {
            double tau = mid + half * GaussLegendre.node(g);
            double[] gt = grading.at(tau);
            // z(tau) - z* = (g(tau) - g(tau*)) E, the difference formed from the nearer end's offsets
            double dg = tau < 0.5 && star < 0.5 ? gt[0] - gs[0] : gs[1] - gt[1];
            double rx = ox - dg * ex;
            double ry = oy - dg * ey;
            double r = Math.hypot(rx, ry);
            Hankel.evaluate(new double[] {solution.k() * r}, 1, j0, y0, j1, y1);
            q[0].value(2 * Math.PI * tau, qv);
            q[1].value(2 * Math.PI * tau, cv);
            // q is phi |z'| per d sigma at the graded points; at tau the same function, interpolated
            double[] term = solution.kernelTimes(j0[0], y0[0], j1[0], y1[0], (rx * nx + ry * ny) / r, qv[0], qv[1],
                    cv[0], cv[1]);
            double weight = half * GaussLegendre.weight(g);
            sum[0] += weight * term[0];
            sum[1] += weight * term[1];
        }
    }

    /** Side c's weighted densities as trigonometric series in s = 2 pi tau. */
    private TrigSeries[] series(int c) {
        double[][] v = values(c, 1);
        int per = points.perSide;
        return new TrigSeries[] {new TrigSeries(Fourier.coefficients(v[0], v[1]), per / 2 - 1),
            new TrigSeries(Fourier.coefficients(v[2], v[3]), per / 2 - 1)};
    }

    /** Side c's weighted densities interpolated onto m P points (kept for reuse). */
    private double[][] values(int c, int m) {
        return refined.computeIfAbsent(((long) c << 32) | m, key -> {
            int per = points.perSide;
            double[] qRe = new double[per];
            double[] qIm = new double[per];
            double[] xRe = new double[per];
            double[] xIm = new double[per];
            for (int j = 1; j < per; j++) {
                int i = c * (per - 1) + j - 1;
                double[] q = solution.weighted(i);
                qRe[j] = q[0];
                qIm[j] = q[1];
                xRe[j] = q[2];
                xIm[j] = q[3];
            }
            double[][] a = Fourier.values(Fourier.coefficients(qRe, qIm), 0, m * per);
            double[][] b = Fourier.values(Fourier.coefficients(xRe, xIm), 0, m * per);
            return new double[][] {a[0], a[1], b[0], b[1]};
        });
    }
}
