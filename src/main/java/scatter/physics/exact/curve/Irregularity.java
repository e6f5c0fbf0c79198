package scatter.physics.exact.curve;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;

/**
 * Where and how a sampled curve that the Fourier series cannot resolve fails to be smooth, for the
 * message: the samples z_j at t = j/M (M = {@link SmoothCurve#MAX_SAMPLES}, so the chords
 * z_{j+1} - z_j are about 1e-6 of the way round) in the expressions' own orientation.
 *
 * <ul>
 *   <li>A <b>standstill</b>: the shortest chord is below {@link #STILL} of the longest (x(t) =
 *       cos(2 pi t^3) moves as t^3 near 0: its chords there are 1e-13 of the longest). Whether the
 *       curve turns there is read from the chords one {@link #WINDOW} of the longest chords' length
 *       before and after it ({@link #kind}): back on itself is a cusp, through an angle a corner
 *       traced with a stop, straight on a smooth curve whose parametrisation stops.</li>
 *   <li>Otherwise a <b>corner or a kink</b> (the tangent's direction or the speed jumps): at the
 *       sample where the chord changes most, |(z_{j+1} - z_j) - (z_j - z_{j-1})|, which is O(1)
 *       times a chord there and O(1e-6) on a smooth stretch.</li>
 * </ul>
 */
public final class Irregularity {
    /** Shortest chord, relative to the longest, below which the parametrisation stands still. */
    public static final double STILL = 1e-5;
    /** Arc length each side of a standstill over which its turning is read, in longest chords. */
    static final int WINDOW = 8;
    /** A turn of more than this (degrees) at a standstill is a cusp: the curve goes back the way it came. */
    static final double CUSP_TURN = 150;
    /** A turn of more than this (degrees) at a standstill is a corner; less, the curve is smooth there. */
    static final double CORNER_TURN = 10;

    private final CurveNotSmoothException.Kind kind;
    private final double t;
    private final double speedRatio;

    private Irregularity(CurveNotSmoothException.Kind kind, double t, double speedRatio) {
        this.kind = kind;
        this.t = t;
        this.speedRatio = speedRatio;
    }

    /** Locates the worst point of the closed sampled curve (x_j, y_j) at t = j/M. */
    static Irregularity of(double[] x, double[] y) {
        int m = x.length;
        double[] chord = new double[m];
        double longest = 0;
        int shortest = 0;
        for (int j = 0; j < m; j++) {
            int k = (j + 1) % m;
            chord[j] = Math.hypot(x[k] - x[j], y[k] - y[j]);
            longest = Math.max(longest, chord[j]);
            if (chord[j] + chord[(j + m - 1) % m] < chord[shortest] + chord[(shortest + m - 1) % m]) {
                shortest = j;   // the vertex between the two shortest neighbouring chords
            }
        }
        double ratio = Math.min(chord[shortest], chord[(shortest + m - 1) % m]) / longest;
        if (ratio < STILL) {
            int v = shortest;
            int back = v;
            double length = 0;
            while (length < WINDOW * longest && (v - back + m) % m < m / 2) {
                back = (back + m - 1) % m;
                length += chord[back];
            }
            int ahead = v;
            length = 0;
            while (length < WINDOW * longest && (ahead - v + m) % m < m / 2) {
                length += chord[ahead];
                ahead = (ahead + 1) % m;
            }
            CurveNotSmoothException.Kind k = kind(x[v] - x[back], y[v] - y[back], x[ahead] - x[v], y[ahead] - y[v]);
            return new Irregularity(k, (double) v / m, ratio);
        }
        int worst = 0;
        double jump = -1;
        for (int j = 0; j < m; j++) {
            int before = (j + m - 1) % m;
            int after = (j + 1) % m;
            double d = Math.hypot(x[after] - 2 * x[j] + x[before], y[after] - 2 * y[j] + y[before]);
            if (d > jump) {
                jump = d;
                worst = j;
            }
        }
        return new Irregularity(CurveNotSmoothException.Kind.CORNER, (double) worst / m, ratio);
    }

    /**
     * What a standstill is, from the curve's direction a just before it and c just after: a cusp if
     * it turns back ({@link #CUSP_TURN}), a corner if it turns through an angle ({@link #CORNER_TURN}),
     * else a smooth curve whose parametrisation stops.
     */
    static CurveNotSmoothException.Kind kind(double ax, double ay, double cx, double cy) {
        double turn = Math.toDegrees(Math.atan2(Math.abs(ax * cy - ay * cx), ax * cx + ay * cy));
        if (turn > CUSP_TURN) {
            return CurveNotSmoothException.Kind.CUSP;
        }
        return turn > CORNER_TURN ? CurveNotSmoothException.Kind.CORNER : CurveNotSmoothException.Kind.STANDSTILL;
    }

    /** The exception for a curve sampled {@code samples} times whose spectrum's top half is {@code tail}. */
    CurveNotSmoothException exception(int samples, double tail) {
        return new CurveNotSmoothException(kind, t, samples, tail, speedRatio);
    }

    /**
     * The exception for a curve sampled {@code samples} times whose spectrum's top half is {@code tail},
     * with its corners located by {@link CornerFinder} on the expressions (unless it stands still):
     * the kind and t are then those of the first cusp among them, else of the first corner.
     */
    CurveNotSmoothException exception(int samples, double tail, DoubleUnaryOperator x, DoubleUnaryOperator y,
            double[] sx, double[] sy) {
        return exception(samples, () -> tail, x, y, sx, sy);
    }

    /** As {@link #exception(int, double, DoubleUnaryOperator, DoubleUnaryOperator, double[], double[])}, with the tail computed when asked for. */
    CurveNotSmoothException exception(int samples, DoubleSupplier tail, DoubleUnaryOperator x, DoubleUnaryOperator y,
            double[] sx, double[] sy) {
        if (kind != CurveNotSmoothException.Kind.CORNER) {
            return new CurveNotSmoothException(kind, t, samples, tail, speedRatio, List.of());
        }
        List<Corner> corners = CornerFinder.find(x, y, sx, sy);
        if (corners.isEmpty()) {
            return new CurveNotSmoothException(kind, t, samples, tail, speedRatio, List.of());
        }
        Corner first = corners.stream().filter(Corner::cusp).findFirst().orElse(corners.get(0));
        CurveNotSmoothException.Kind k = first.cusp() ? CurveNotSmoothException.Kind.CUSP : kind;
        return new CurveNotSmoothException(k, first.t(), samples, tail, speedRatio, corners);
    }
}
