package scatter.physics.exact.curve;

import scatter.geometry.Contour;
import scatter.geometry.InsideTest;
import scatter.geometry.WindingInsideTest;

/**
 * Whether a point is inside the smooth curve (or on it), decided from the curve itself, not from
 * the nc-segment contour nor from the boundary points, so the answer is the same whatever nc and n.
 *
 * <p>The curve is sampled at F &gt;= {@link #MIN_SAMPLES} points, and at least
 * {@link #SAMPLES_PER_PERIOD} per period of its highest mode (doubling until the longest side of
 * the polygon is below {@link #MAX_SIDE} of the size), so that the sample nearest an observer
 * is in the basin of the nearest point even on fine ripples. Far from that polygon (no sample within
 * {@link #NEAR_SIDES} longest sides) the polygon's winding number decides, which is right there
 * because the polygon is within side^2 curvature / 8 of the curve. Near it, the nearest point
 * z(s*) of the smooth curve is found by Newton's method ({@link CurveLocator}) and the point is
 * inside iff (x - z(s*)).nu(s*) &lt; {@link #ON_BOUNDARY} size: so points within 1e-9 of the size
 * of the boundary count as inside, as the Kirchhoff model's contour test does.
 *
 * <p>Immutable; thread-safe.
 */
public final class SmoothInsideTest implements InsideTest {
    /** Fewest polygon samples. */
    static final int MIN_SAMPLES = 4096;
    /** Most polygon samples (the side rule stops far below this for any curve the solver takes). */
    static final int MAX_SAMPLES = 1 << 18;
    /** Fewest polygon samples per period of the curve's highest Fourier mode. */
    static final int SAMPLES_PER_PERIOD = 16;
    /** Longest polygon side, relative to the size. */
    static final double MAX_SIDE = 2e-3;
    /** Points within this many longest sides of a sample are decided by the nearest point. */
    static final double NEAR_SIDES = 4;
    /** Points this close to the boundary, relative to the size, or inside, are in the obstacle. */
    public static final double ON_BOUNDARY = 1e-9;

    private final WindingInsideTest polygon;
    private final CurveLocator locator;
    private final double tolerance;

    public SmoothInsideTest(SmoothCurve curve) {
        int samples = sampleCount(curve);
        double[][] z = Fourier.values(curve.coefficients(), 0, samples);
        double side = longestSide(z);
        // the contour's points close the polygon: the last repeats the first
        double[] px = new double[samples + 1];
        double[] py = new double[samples + 1];
        System.arraycopy(z[0], 0, px, 0, samples);
        System.arraycopy(z[1], 0, py, 0, samples);
        px[samples] = z[0][0];
        py[samples] = z[1][0];
        polygon = new WindingInsideTest(new Contour(px, py));
        locator = new CurveLocator(curve, samples, NEAR_SIDES * side);
        tolerance = ON_BOUNDARY * curve.size();
    }

    /** The number of polygon samples of the curve (see the class comment). */
    static int sampleCount(SmoothCurve curve) {
        int samples = MIN_SAMPLES;
        while (samples < SAMPLES_PER_PERIOD * (long) curve.bandwidth()) {
            samples *= 2;
        }
        while (samples < MAX_SAMPLES && !(longestSide(Fourier.values(curve.coefficients(), 0, samples))
                < MAX_SIDE * curve.size())) {
            samples *= 2;
        }
        return samples;
    }

    private static double longestSide(double[][] z) {
        int samples = z[0].length;
        double side = 0;
        for (int j = 0; j < samples; j++) {
            int next = (j + 1) % samples;
            side = Math.max(side, Math.hypot(z[0][next] - z[0][j], z[1][next] - z[1][j]));
        }
        return side;
    }

    @Override
    public boolean contains(double x, double y) {
        if (locator.nearestSample(x, y) < 0) {
            return polygon.contains(x, y);
        }
        double[] out = new double[7];
        locator.locate(x, y, out, new double[6]);
        return out[6] < tolerance;
    }

    /**
     * Whether (x, y) is on the boundary: within {@link #ON_BOUNDARY} of the size of the smooth curve,
     * on either side (such a point is also {@link #contains inside}). For a line source, whose field
     * is infinite there.
     */
    public boolean onBoundary(double x, double y) {
        double[] out = new double[7];
        return locator.locate(x, y, out, new double[6]) && out[5] < tolerance;
    }
}
