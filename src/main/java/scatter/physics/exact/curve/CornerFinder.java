package scatter.physics.exact.curve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The corners of a closed curve x(t), y(t) (period 1), located in t to its rounding, with their
 * interior angles.
 *
 * <p><b>Candidates</b> come from M equispaced samples z_j at t = j/M (the sampler's, M =
 * {@link SmoothCurve#MAX_SAMPLES}): the signed turn at sample j is the angle between the chords
 * z_j - z_{j-1} and z_{j+1} - z_j. A corner between two samples splits its turn between their two
 * vertices, so the turn summed over three neighbouring vertices holds all of it; on a smooth stretch
 * that sum is three chords times the curvature (6e-6 rad on a unit circle with 2^20 samples). A
 * vertex whose three-vertex sum exceeds {@link #MIN_TURN} and is the largest within
 * {@link #SPREAD} vertices either side is a candidate, and the corner lies in the four chords about
 * it.
 *
 * <p><b>Location.</b> The turn between the chords of width h before and after t,
 * a(t) = angle(z(t) - z(t - h), z(t + h) - z(t)), with h the bracket's width, has its one maximum on
 * the bracket at the corner t* (for t &lt; t* the second chord rotates from one side's direction
 * towards the other's as t grows, for t &gt; t* the first one does, while the other chord lies on a
 * side), so golden-section search on a(t) (Press et al., Numerical Recipes, 3rd ed. 2007, section
 * 10.2) closes in on t*; a(t) falls off like the exterior angle times |t - t*|/h, against rounding
 * errors of the chords' directions of about 1e-16/h, so t* is found to the rounding of t.
 *
 * <p><b>Check.</b> A tight bend that the samples cannot tell from a corner turns through less and
 * less over shorter chords; a corner's turn stays. A candidate is a corner if its turn over chords
 * {@link #SHRINK} times shorter is still at least half the turn over the bracket's.
 *
 * <p><b>Angle.</b> The tangent directions on either side, d_- and d_+, from the unit chords over
 * {@link #TANGENT_STEP} and twice it (Richardson extrapolation, error O(step^2), with rounding about 1e-16/step = 1e-10 rad); the
 * turn theta = atan2(d_- x d_+, d_- . d_+) (sign reversed for a clockwise curve, by the samples'
 * signed area), and the interior angle 180 - theta degrees.
 */
final class CornerFinder {
    /** Least turn (radians) over three vertices that is taken for a corner: 0.057 degrees. */
    static final double MIN_TURN = 1e-3;
    /** A candidate is the largest three-vertex turn within this many vertices each side. */
    static final int SPREAD = 3;
    /** How much shorter the chords of the corner check are than the bracket. */
    static final double SHRINK = 1024;
    /** Step in t of the one-sided tangents. */
    static final double TANGENT_STEP = 1e-6;
    /** Golden-section steps at most: 0.618^90 of the bracket is below the rounding of t. */
    private static final int STEPS = 90;

    private final DoubleUnaryOperator x;
    private final DoubleUnaryOperator y;

    private CornerFinder(DoubleUnaryOperator x, DoubleUnaryOperator y) {
        this.x = x;
        this.y = y;
    }

    /**
     * The corners of the curve, in increasing t.
     *
     * @param x x(t), period 1 (evaluated at t in [0, 1) only)
     * @param y y(t)
     * @param sx x at t = j/M, j = 0..M-1
     * @param sy y at the same t
     */
    static List<Corner> find(DoubleUnaryOperator x, DoubleUnaryOperator y, double[] sx, double[] sy) {
        return new CornerFinder(x, y).corners(sx, sy);
    }

    private List<Corner> corners(double[] sx, double[] sy) {
        int m = sx.length;
        double[] turn = turns(sx, sy);
        double area = 0;
        for (int j = 0; j < m; j++) {
            int after = (j + 1) % m;
            area += sx[j] * sy[after] - sx[after] * sy[j];
        }
        double orientation = area >= 0 ? 1 : -1;
        List<Corner> found = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            // the three-vertex totals formed where read rather than stored (2^20 of them)
            if (total(turn, j) <= MIN_TURN || !largestTotalAround(turn, j)) {
                continue;
            }
            double h = 4.0 / m;
            double t = locate((j - 2.0) / m, (j + 2.0) / m, h);
            double wide = Math.abs(turnAt(t, h));
            double narrow = Math.abs(turnAt(t, h / SHRINK));
            if (narrow < 0.5 * wide) {
                continue;   // a bend, not a corner
            }
            double theta = orientation * tangentTurn(t);
            found.add(new Corner(wrap(t), 180 - Math.toDegrees(theta)));
        }
        found.sort(Comparator.comparingDouble(Corner::t));
        return found;
    }

    /**
     * True if the curve evidently has a corner that no number of samples up to
     * {@link SmoothCurve#MAX_SAMPLES} can resolve, seen from M coarse samples: at one of the
     * {@link #EVIDENT_CANDIDATES} vertices of largest three-vertex turn (above {@link #MIN_TURN}, the
     * largest within {@link #SPREAD}), located as {@link #find} locates a corner, the turn between
     * chords of width {@link #EVIDENT_WIDTHS} in t (2^-24 and 2^-32) is still at least half the turn over the
     * bracket's width, and each of those chords is at least 2^20 rounding units of the coordinates long
     * (so that the chords' directions are known to 1e-6 rad).
     *
     * <p><b>Why a curve so found is never resolved by the sampler.</b> A curve the sampler resolves
     * agrees to 1e-13 of its size, at 3 M' points, with a trigonometric polynomial of degree below M'/2
     * whose top half is at rounding level, M' at most 2^20: its tangent turns over t-widths no shorter
     * than about 1/(2 pi 2^18), 6e-7 (its speed is at least 1e-6 of the fastest, else it is refused as
     * standing still). Over chords of 2^-32 (2.3e-10) of t such a curve turns through less than 1e-3 of what it
     * turns through over 6e-7, not half: only a tangent that jumps (a corner, or detail a thousand
     * times finer than the sampler can see, which it cannot resolve either) does. So the sampler may go
     * straight to its last level ({@link CurveSampler}), whose samples, and hence everything found
     * from them, are the same bit for bit as after doubling there.
     *
     * <p>An expression that fails at a t the check evaluates makes the answer false: the sampler's
     * own samples then report it, as they would have.
     *
     * @param sx x at t = j/M, j = 0..M-1
     * @param sy y at the same t
     */
    static boolean evident(DoubleUnaryOperator x, DoubleUnaryOperator y, double[] sx, double[] sy) {
        try {
            return new CornerFinder(x, y).evident(sx, sy);
        } catch (RuntimeException e) {
            return false;   // e.g. an expression undefined at one of the check's t
        }
    }

    /** Vertices of largest turn that {@link #evident} examines. */
    static final int EVIDENT_CANDIDATES = 4;
    /** Widths in t of the chords over which {@link #evident} requires the turn to stay. */
    static final double[] EVIDENT_WIDTHS = {0x1p-24, 0x1p-32};
    /** Least chord, in rounding units of the coordinates, over which {@link #evident} reads a turn. */
    private static final double EVIDENT_ROUNDING = 0x1p20;

    private boolean evident(double[] sx, double[] sy) {
        int m = sx.length;
        double[] turn = new double[m];
        for (int j = 0; j < m; j++) {
            int before = (j + m - 1) % m;
            int after = (j + 1) % m;
            turn[j] = angle(sx[j] - sx[before], sy[j] - sy[before], sx[after] - sx[j], sy[after] - sy[j]);
        }
        double[] total = new double[m];
        for (int j = 0; j < m; j++) {
            total[j] = total(turn, j);
        }
        int[] best = new int[EVIDENT_CANDIDATES];
        Arrays.fill(best, -1);
        for (int j = 0; j < m; j++) {
            if (total[j] <= MIN_TURN || (best[best.length - 1] >= 0 && total[j] <= total[best[best.length - 1]])
                    || !largestAround(total, j)) {
                continue;
            }
            int i = best.length - 1;
            while (i > 0 && (best[i - 1] < 0 || total[j] > total[best[i - 1]])) {
                best[i] = best[i - 1];
                i--;
            }
            best[i] = j;
        }
        for (int j : best) {
            if (j >= 0 && turnStays(locate((j - 2.0) / m, (j + 2.0) / m, 4.0 / m), 4.0 / m)) {
                return true;
            }
        }
        return false;
    }

    /** True if the turn at t over chords of each of {@link #EVIDENT_WIDTHS} is at least half that over h. */
    private boolean turnStays(double t, double h) {
        double wide = Math.abs(turnAt(t, h));
        if (!(wide > MIN_TURN)) {
            return false;
        }
        double x0 = xAt(t);
        double y0 = yAt(t);
        for (double width : EVIDENT_WIDTHS) {
            double xb = xAt(t - width);
            double yb = yAt(t - width);
            double xa = xAt(t + width);
            double ya = yAt(t + width);
            double unit = Math.ulp(Math.max(Math.max(Math.abs(x0), Math.abs(y0)),
                    Math.max(Math.max(Math.abs(xb), Math.abs(yb)), Math.max(Math.abs(xa), Math.abs(ya)))));
            double shortest = Math.min(Math.hypot(x0 - xb, y0 - yb), Math.hypot(xa - x0, ya - y0));
            if (!(shortest >= EVIDENT_ROUNDING * unit)
                    || !(Math.abs(angle(x0 - xb, y0 - yb, xa - x0, ya - y0)) >= 0.5 * wide)) {
                return false;
            }
        }
        return true;
    }

    /** True if total[j] is the largest of its vertices within SPREAD each side (the first of equals). */
    /**
     * A vertex's turn below which it cannot make a candidate: three such turns add up to less than
     * {@link #MIN_TURN}.
     */
    static final double SMALL_TURN = 1e-4;
    /**
     * Vertices each side of a turn of at least {@link #SMALL_TURN} whose turns {@link #turns} computes
     * exactly: a candidate's own three and the {@link #SPREAD} neighbours' each side that
     * {@link #largestAround} compares it with.
     */
    static final int EXACT_AROUND = SPREAD + 2;

    /**
     * The turn at each vertex j of the closed polygon (sx, sy), as {@link #angle} of the chords into and
     * out of it, for every vertex within {@link #EXACT_AROUND} of one whose turn may be
     * {@link #SMALL_TURN} or more; 0 elsewhere, where the turn is known to be less (the chords' dot
     * product c positive and their cross product at most SMALL_TURN c, so |atan2| is at most SMALL_TURN).
     * The corners found from it are those of the turns everywhere, bit for bit: a vertex whose three
     * turns are all small is no candidate either way, and every other vertex, with all the totals
     * {@link #largestAround} compares it with, sees exact turns only. At 2^20 samples this skips all
     * but a few dozen of the arc tangents.
     */
    static double[] turns(double[] sx, double[] sy) {
        int m = sx.length;
        double[] turn = new double[m];
        boolean[] exact = new boolean[m];
        for (int j = 0; j < m; j++) {
            int before = (j + m - 1) % m;
            int after = (j + 1) % m;
            double ax = sx[j] - sx[before];
            double ay = sy[j] - sy[before];
            double cx = sx[after] - sx[j];
            double cy = sy[after] - sy[j];
            double dot = ax * cx + ay * cy;
            if (dot > 0 && Math.abs(ax * cy - ay * cx) <= SMALL_TURN * dot) {
                continue;
            }
            for (int q = -EXACT_AROUND; q <= EXACT_AROUND; q++) {
                int i = Math.floorMod(j + q, m);
                if (!exact[i]) {
                    exact[i] = true;
                    int b = (i + m - 1) % m;
                    int a = (i + 1) % m;
                    turn[i] = angle(sx[i] - sx[b], sy[i] - sy[b], sx[a] - sx[i], sy[a] - sy[i]);
                }
            }
        }
        return turn;
    }

    /** |turn(j - 1) + turn(j) + turn(j + 1)|, the turn over three vertices (indices modulo M). */
    private static double total(double[] turn, int j) {
        int m = turn.length;
        return Math.abs(turn[(j + m - 1) % m] + turn[j] + turn[(j + 1) % m]);
    }

    /** As {@link #largestAround}, on the totals of {@code turn}, each formed as it is read. */
    private static boolean largestTotalAround(double[] turn, int j) {
        int m = turn.length;
        double own = total(turn, j);
        for (int q = -SPREAD; q <= SPREAD; q++) {
            double other = total(turn, Math.floorMod(j + q, m));
            if (other > own || (other == own && q < 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean largestAround(double[] total, int j) {
        int m = total.length;
        for (int q = -SPREAD; q <= SPREAD; q++) {
            int i = Math.floorMod(j + q, m);
            if (total[i] > total[j] || (total[i] == total[j] && q < 0)) {
                return false;
            }
        }
        return true;
    }

    /** Golden-section search for the largest |a(t)| on [lo, hi]. */
    private double locate(double lo, double hi, double h) {
        double r = CurveSampler.GOLDEN;
        double a = hi - r * (hi - lo);
        double b = lo + r * (hi - lo);
        double fa = Math.abs(turnAt(a, h));
        double fb = Math.abs(turnAt(b, h));
        for (int step = 0; step < STEPS && a < b; step++) {
            if (fa > fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - r * (hi - lo);
                fa = Math.abs(turnAt(a, h));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + r * (hi - lo);
                fb = Math.abs(turnAt(b, h));
            }
        }
        return fa > fb ? a : b;
    }

    /** a(t): the signed angle from the chord z(t) - z(t - h) to the chord z(t + h) - z(t). */
    private double turnAt(double t, double h) {
        double x0 = xAt(t);
        double y0 = yAt(t);
        return angle(x0 - xAt(t - h), y0 - yAt(t - h), xAt(t + h) - x0, yAt(t + h) - y0);
    }

    /** The signed angle (radians) from the tangent just before t to the tangent just after it. */
    private double tangentTurn(double t) {
        double x0 = xAt(t);
        double y0 = yAt(t);
        double[] in = new double[2];
        double[] out = new double[2];
        for (int side = -1; side <= 1; side += 2) {
            double[] d = side < 0 ? in : out;
            double[] one = unit(side * (xAt(t + side * TANGENT_STEP) - x0), side * (yAt(t + side * TANGENT_STEP) - y0));
            double[] two = unit(side * (xAt(t + 2 * side * TANGENT_STEP) - x0),
                    side * (yAt(t + 2 * side * TANGENT_STEP) - y0));
            d[0] = 2 * one[0] - two[0];
            d[1] = 2 * one[1] - two[1];
        }
        return angle(in[0], in[1], out[0], out[1]);
    }

    private double xAt(double t) {
        return x.applyAsDouble(wrap(t));
    }

    private double yAt(double t) {
        return y.applyAsDouble(wrap(t));
    }

    /** t into [0, 1). */
    private static double wrap(double t) {
        double w = t - Math.floor(t);
        return w >= 1 ? 0 : w;
    }

    private static double[] unit(double ax, double ay) {
        double length = Math.hypot(ax, ay);
        return new double[] {ax / length, ay / length};
    }

    /** The signed angle from (ax, ay) to (cx, cy), in (-pi, pi]. */
    private static double angle(double ax, double ay, double cx, double cy) {
        return Math.atan2(ax * cy - ay * cx, ax * cx + ay * cy);
    }
}
