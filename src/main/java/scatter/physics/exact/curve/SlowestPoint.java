package scatter.physics.exact.curve;

import java.util.PriorityQueue;

/**
 * Where a resolved curve is slowest: the parameter s* and |z'(s*)|, for the check that it never
 * stands still. The speed sampled at F equispaced points can miss a zero between two samples (the
 * astroid turned by an irrational shift has its cusps there, with sampled speeds 1e-3 of the
 * largest), so the {@link #REFINED} slowest local minima of the samples are refined by
 * golden-section search on |z'(s)| from the series between their two neighbours (Press et al.,
 * Numerical Recipes, 3rd ed. 2007, section 10.2): |z'| is unimodal there for a curve the samples
 * resolve, and the search closes in on a zero to the rounding of s.
 */
final class SlowestPoint {
    /** Local minima of the sampled speed that are refined, slowest first. */
    static final int REFINED = 8;
    /** Golden-section steps at most: 0.618^80 of two sample spacings is below the rounding of s. */
    private static final int STEPS = 80;

    private SlowestPoint() {
    }

    /**
     * @param series the curve
     * @param speed |z'| at s_j = 2 pi j / F, j = 0..F-1
     * @return {s*, |z'(s*)|}
     */
    static double[] of(TrigSeries series, double[] speed) {
        int fine = speed.length;
        double h = 2 * Math.PI / fine;
        // the REFINED slowest local minima: a heap whose head is the fastest of those kept
        PriorityQueue<Integer> minima = new PriorityQueue<>((a, b) -> Double.compare(speed[b], speed[a]));
        for (int j = 0; j < fine; j++) {
            if (speed[j] <= speed[(j + fine - 1) % fine] && speed[j] <= speed[(j + 1) % fine]) {
                minima.add(j);
                if (minima.size() > REFINED) {
                    minima.poll();
                }
            }
        }
        double[] best = {0, Double.POSITIVE_INFINITY};
        double[] d = new double[6];
        for (int j : minima) {
            double lo = h * (j - 1);
            double hi = h * (j + 1);
            double r = CurveSampler.GOLDEN;
            double a = hi - r * (hi - lo);
            double b = lo + r * (hi - lo);
            double fa = speedAt(series, a, d);
            double fb = speedAt(series, b, d);
            for (int step = 0; step < STEPS && hi - lo > 1e-15 * (1 + Math.abs(lo)); step++) {
                if (fa < fb) {
                    hi = b;
                    b = a;
                    fb = fa;
                    a = hi - r * (hi - lo);
                    fa = speedAt(series, a, d);
                } else {
                    lo = a;
                    a = b;
                    fa = fb;
                    b = lo + r * (hi - lo);
                    fb = speedAt(series, b, d);
                }
            }
            double s = fa < fb ? a : b;
            double v = Math.min(Math.min(fa, fb), speed[j]);
            if (v < best[1]) {
                best[0] = v == speed[j] ? h * j : s;
                best[1] = v;
            }
        }
        return best;
    }

    private static double speedAt(TrigSeries series, double s, double[] d) {
        series.derivatives(s, d);
        return Math.hypot(d[2], d[3]);
    }
}
