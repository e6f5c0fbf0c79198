package scatter.physics.exact.evaluation;

import java.util.HashMap;
import java.util.Map;
import scatter.physics.Hankel;
import scatter.physics.exact.system.CornerSolution;
import scatter.physics.exact.curve.Fourier;
import scatter.physics.exact.curve.Grading;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.Side;
import scatter.physics.exact.curve.TrigSeries;

/**
 * u_s near the boundary of a {@link PolygonBoundary} (straight or curved sides between corners),
 * where the trapezoid rule on the graded points loses accuracy (its error is about exp(-2 pi delta/h)
 * at a distance delta from a side whose local spacing is h).
 *
 * <p>On a side, the weighted densities q = phi |z'| (and, hard, chi |z'|) vanish at both corners to
 * high order (like tau^(p - 1) times the density's own behaviour), so as functions of the side's tau
 * in [0, 1] extended by period 1 they are smooth, and their trigonometric interpolant from the side's
 * P_c points (the corner's value 0 first) is accurate. The observer's nearest point on a side is the
 * projection on a straight side and, on a curved one, the nearest of 257 points in u refined by
 * golden-section search; the local spacing there is |Z_u| g'(tau)/P_c. A side closer to the observer
 * than {@link #CLOSE} local spacings is summed on m P_c points, m = 2^ceil(log2(CLOSE h/delta)) at most
 * {@link #MAX_REFINE}, with q interpolated there (zero-padded FFT, {@link Fourier}) and the geometry
 * exact (the side's own offsets and tangent at the finer tau); the other sides by the trapezoid rule.
 * A side closer than CLOSE h / MAX_REFINE (h/8) is integrated by composite 16-point Gauss-Legendre
 * panels in tau, of width at most 12/omega (omega = pi P_c + 2 k L_c, the interpolant's and the
 * kernel's bandwidths in tau, L_c the side's length), halved geometrically towards the nearest point
 * tau* until the last is as short as the distance (as {@link GradedRule} does on a smooth curve), with
 * q from its trigonometric interpolant ({@link TrigSeries}) and the offset to the observer formed as
 * (x - z*) - (z(tau) - z*), the second difference from two offsets from the same corner.
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
            if (refinement(c, nearest(c, x, y)) > 1) {
                return true;
            }
        }
        return false;
    }

    /** u_s at (x, y), as {re, im}. */
    double[] field(double x, double y) {
        int sides = polygon.sides();
        double[] sum = new double[2];
        double[] off = new double[2];
        double[] tangent = new double[2];
        for (int c = 0; c < sides; c++) {
            Nearest near = nearest(c, x, y);
            int m = refinement(c, near);
            if (m > MAX_REFINE) {
                double[] g = graded(c, near, x, y);
                sum[0] += g[0];
                sum[1] += g[1];
                continue;
            }
            int per = points.sidePoints[c];
            double[][] q = values(c, m);
            int count = m * per;
            Side side = polygon.side(c);
            int next = (c + 1) % sides;
            double ax = polygon.vertexX(c);
            double ay = polygon.vertexY(c);
            double bx = polygon.vertexX(next);
            double by = polygon.vertexY(next);
            double[] kr = new double[count];
            double[] dn = new double[count];
            for (int l = 1; l < count; l++) {
                double[] g = grading.at((double) l / count);
                boolean fromEnd = 2 * l >= count;
                side.offset(g[0], g[1], fromEnd, off);
                double rx = fromEnd ? (x - bx) - off[0] : (x - ax) - off[0];
                double ry = fromEnd ? (y - by) - off[1] : (y - ay) - off[1];
                side.tangent(g[0], g[1], tangent);
                double length = Math.hypot(tangent[0], tangent[1]);
                double r = Math.hypot(rx, ry);
                kr[l] = solution.k() * r;
                // the outward unit normal of an anticlockwise side
                dn[l] = (rx * tangent[1] / length - ry * tangent[0] / length) / r;
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

    /**
     * The observer's nearest point on a side: u* (and 1 - u*), its distance delta, x - z* and |Z_u| there
     * (the side's length per unit u, locally).
     */
    private record Nearest(double u, double complement, double delta, double ox, double oy, double speed) {
    }

    /**
     * The nearest point of side c: on a straight side the projection onto it; on a curved one the
     * nearest of 257 points equispaced in u, refined by golden-section search between its neighbours
     * (the distance has one minimum there for an observer nearer than the side's radius of curvature;
     * farther, the trapezoid rule is used and the point matters little).
     */
    private Nearest nearest(int c, double x, double y) {
        Side side = polygon.side(c);
        int next = (c + 1) % polygon.sides();
        double ax = polygon.vertexX(c);
        double ay = polygon.vertexY(c);
        double[] t = new double[2];
        if (side.straight()) {
            side.tangent(0, 1, t);
            double ex = t[0];
            double ey = t[1];
            double length2 = ex * ex + ey * ey;
            double u = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / length2));
            double ox = x - ax - u * ex;
            double oy = y - ay - u * ey;
            return new Nearest(u, 1 - u, Math.hypot(ox, oy), ox, oy, Math.sqrt(length2));
        }
        double bx = polygon.vertexX(next);
        double by = polygon.vertexY(next);
        int samples = 256;
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int l = 0; l <= samples; l++) {
            double d = distance(side, ax, ay, bx, by, (double) l / samples, (double) (samples - l) / samples, x, y);
            if (d < bestDistance) {
                bestDistance = d;
                best = l;
            }
        }
        // golden-section search on [lo, hi] in u, carried as u near 0 and 1 - u near 1
        double lo = Math.max(0, best - 1) / (double) samples;
        double hi = Math.min(samples, best + 1) / (double) samples;
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double fa = distance(side, ax, ay, bx, by, a, 1 - a, x, y);
        double fb = distance(side, ax, ay, bx, by, b, 1 - b, x, y);
        for (int step = 0; step < 80 && hi - lo > 1e-17; step++) {
            if (fa < fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - ratio * (hi - lo);
                fa = distance(side, ax, ay, bx, by, a, 1 - a, x, y);
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + ratio * (hi - lo);
                fb = distance(side, ax, ay, bx, by, b, 1 - b, x, y);
            }
        }
        double u = 0.5 * (lo + hi);
        double[] o = new double[2];
        boolean fromEnd = u >= 0.5;
        side.offset(u, 1 - u, fromEnd, o);
        double ox = fromEnd ? (x - bx) - o[0] : (x - ax) - o[0];
        double oy = fromEnd ? (y - by) - o[1] : (y - ay) - o[1];
        side.tangent(u, 1 - u, t);
        return new Nearest(u, 1 - u, Math.hypot(ox, oy), ox, oy, Math.hypot(t[0], t[1]));
    }

    /** |x - Z(u)|, Z(u) from the nearer corner. */
    private static double distance(Side side, double ax, double ay, double bx, double by, double u, double complement,
            double x, double y) {
        double[] o = new double[2];
        boolean fromEnd = u >= 0.5;
        side.offset(u, complement, fromEnd, o);
        return fromEnd ? Math.hypot((x - bx) - o[0], (y - by) - o[1]) : Math.hypot((x - ax) - o[0], (y - ay) - o[1]);
    }

    /** The refinement of side c for the observer: 1 beyond CLOSE local spacings, else a power of two. */
    private int refinement(int c, Nearest near) {
        double u = near.u();
        double delta = near.delta();
        // the spacing where the side is delta along from the nearest point, |Z_u| g'(tau)/P: at a corner,
        // where g' = 0, the points an observer delta away sees are those delta along the sides
        double length = near.speed();
        double ahead = grading.at(tauOf(Math.min(1, u + delta / length)))[2];
        double behind = grading.at(tauOf(Math.max(0, u - delta / length)))[2];
        double h = length * Math.max(ahead, behind) / points.sidePoints[c];
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

    /** tau with g(tau) = u, given u and 1 - u: near the end by bisection on 1 - g, which keeps its digits there. */
    private double tauOf(double u, double complement) {
        if (u <= 0.5) {
            return tauOf(u);
        }
        double lo = 0;
        double hi = 1;
        for (int step = 0; step < 60; step++) {
            double mid = 0.5 * (lo + hi);
            if (grading.at(mid)[1] > complement) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Side c's contribution by Gauss-Legendre panels graded towards the observer's nearest point. */
    private double[] graded(int c, Nearest near, double x, double y) {
        int per = points.sidePoints[c];
        Side side = polygon.side(c);
        double star = tauOf(near.u(), near.complement());
        double[] gs = grading.at(star);
        double[] starOffset = new double[2];
        side.offset(gs[0], gs[1], star >= 0.5, starOffset);
        double delta = near.delta();
        TrigSeries[] q = series(c);
        double omega = Math.PI * per + 2 * solution.k() * side.length();
        int coarse = Math.max(8, (int) Math.ceil(omega / 12));
        double width = 1.0 / coarse;
        double[] sum = new double[2];
        Panel panel = new Panel(c, star, starOffset, near.ox(), near.oy(), x, y, q);
        // coarse panels away from tau*, then halvings towards it from both sides, within [0, 1]
        double left = star - width;
        double right = star + width;
        for (double a = right; a < 1; a += width) {
            panel.add(Math.min(a, 1), Math.min(a + width, 1), sum);
        }
        for (double b = left; b > 0; b -= width) {
            panel.add(Math.max(b - width, 0), Math.max(b, 0), sum);
        }
        // halve until the panels next to tau* are at most delta long on the side
        double a = width;
        for (int halving = 0; halving < 60 && near.speed() * reach(star, a) > delta; halving++) {
            panel.add(star + 0.5 * a, star + a, sum);
            panel.add(star - a, star - 0.5 * a, sum);
            a *= 0.5;
        }
        panel.add(star, star + a, sum);
        panel.add(star - a, star, sum);
        // d sigma = (the side's share of s) d tau
        double scale = points.sideShare[c];
        return new double[] {scale * sum[0], scale * sum[1]};
    }

    /** How far along the side (as a fraction of it) tau* +- a lies from tau*, the larger of the two. */
    private double reach(double star, double a) {
        double g = grading.at(star)[0];
        return Math.max(grading.at(Math.min(1, star + a))[0] - g, g - grading.at(Math.max(0, star - a))[0]);
    }

    /** Gauss-Legendre panels on one side for one observer. */
    private final class Panel {
        private final Side side;
        private final double star;
        private final double[] starOffset;
        private final double ox;
        private final double oy;
        /** x - A and x - B, for nodes on the other half of the side from tau*. */
        private final double fromStartX;
        private final double fromStartY;
        private final double fromEndX;
        private final double fromEndY;
        private final TrigSeries[] q;
        private final double[] off = new double[2];
        private final double[] tangent = new double[2];
        private final double[] qv = new double[2];
        private final double[] cv = new double[2];
        private final double[] j0 = new double[1];
        private final double[] y0 = new double[1];
        private final double[] j1 = new double[1];
        private final double[] y1 = new double[1];

        Panel(int c, double star, double[] starOffset, double ox, double oy, double x, double y, TrigSeries[] q) {
            int next = (c + 1) % polygon.sides();
            this.side = polygon.side(c);
            this.star = star;
            this.starOffset = starOffset;
            this.ox = ox;
            this.oy = oy;
            fromStartX = x - polygon.vertexX(c);
            fromStartY = y - polygon.vertexY(c);
            fromEndX = x - polygon.vertexX(next);
            fromEndY = y - polygon.vertexY(next);
            this.q = q;
        }

        /** Adds the 16 Gauss-Legendre nodes of [lo, hi] clipped to [0, 1]. */
        void add(double lo, double hi, double[] sum) {
            lo = Math.max(lo, 0);
            hi = Math.min(hi, 1);
            if (!(hi > lo)) {
                return;
            }
            double mid = 0.5 * (lo + hi);
            double half = 0.5 * (hi - lo);
            for (int g = 0; g < GaussLegendre.POINTS; g++) {
                double tau = mid + half * GaussLegendre.node(g);
                double[] gt = grading.at(tau);
                boolean fromEnd = tau >= 0.5;
                side.offset(gt[0], gt[1], fromEnd, off);
                double rx;
                double ry;
                if (fromEnd == (star >= 0.5)) {
                    // x - z(tau) = (x - z*) - (z(tau) - z*), the difference of two offsets from one corner
                    rx = ox - (off[0] - starOffset[0]);
                    ry = oy - (off[1] - starOffset[1]);
                } else {
                    rx = (fromEnd ? fromEndX : fromStartX) - off[0];
                    ry = (fromEnd ? fromEndY : fromStartY) - off[1];
                }
                side.tangent(gt[0], gt[1], tangent);
                double length = Math.hypot(tangent[0], tangent[1]);
                double r = Math.hypot(rx, ry);
                Hankel.evaluate(new double[] {solution.k() * r}, 1, j0, y0, j1, y1);
                q[0].value(2 * Math.PI * tau, qv);
                q[1].value(2 * Math.PI * tau, cv);
                // q is phi |z'| per d sigma at the graded points; at tau the same function, interpolated
                double dn = (rx * tangent[1] / length - ry * tangent[0] / length) / r;
                double[] term = solution.kernelTimes(j0[0], y0[0], j1[0], y1[0], dn, qv[0], qv[1], cv[0], cv[1]);
                double weight = half * GaussLegendre.weight(g);
                sum[0] += weight * term[0];
                sum[1] += weight * term[1];
            }
        }
    }

    /** Side c's weighted densities as trigonometric series in s = 2 pi tau. */
    private TrigSeries[] series(int c) {
        double[][] v = values(c, 1);
        int per = points.sidePoints[c];
        return new TrigSeries[] {new TrigSeries(Fourier.coefficients(v[0], v[1]), per / 2 - 1),
            new TrigSeries(Fourier.coefficients(v[2], v[3]), per / 2 - 1)};
    }

    /** Side c's weighted densities interpolated onto m P points (kept for reuse). */
    private double[][] values(int c, int m) {
        return refined.computeIfAbsent(((long) c << 32) | m, key -> {
            int per = points.sidePoints[c];
            double[] qRe = new double[per];
            double[] qIm = new double[per];
            double[] xRe = new double[per];
            double[] xIm = new double[per];
            for (int j = 1; j < per; j++) {
                int i = points.firstPoint[c] + j - 1;
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
