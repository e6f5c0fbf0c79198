package scatter.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The obstacle's boundary: points c_0 .. c_n forming n straight segments from c_s to c_{s+1}.
 * Contours built by {@link #fromExpressions} or {@link #simpleClosed} are checked and put in the
 * form the physics needs: closed (c_n = c_0 up to {@link #CLOSURE_TOLERANCE}), anticlockwise (so
 * that the normal (-d_y, d_x)/|d| of each segment points into the obstacle), without zero-length
 * segments, and simple (no two segments cross or touch).
 *
 * <p>Tolerances are relative to the contour's size, the larger side of its bounding box.
 */
public final class Contour {
    /** Largest gap |c_n - c_0|, relative to the size, still taken as closed (rounding of x(1) vs x(0)). */
    public static final double CLOSURE_TOLERANCE = 1e-6;
    /** Segments shorter than this, relative to the size, are of zero length (equal points up to rounding). */
    public static final double ZERO_LENGTH = 1e-12;
    /** Below this size, relative to the largest coordinate, the contour is a single point. */
    private static final double POINT_SIZE = 1e-9;
    /** Below this |area| / size^2 the contour encloses nothing (e.g. a line traced there and back). */
    private static final double ZERO_AREA = 1e-12;

    private final double[] x;
    private final double[] y;
    private final List<String> notes;
    /** The signed area of the contour as given, if it ran clockwise (and was reversed); else 0. */
    private final double clockwiseArea;

    /** Takes the point coordinates as given (copied), unchecked; {@code x.length == y.length >= 2}. */
    public Contour(double[] x, double[] y) {
        this(x, y, List.of(), 0);
    }

    private Contour(double[] x, double[] y, List<String> notes, double clockwiseArea) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a contour needs at least 2 points and as many x as y");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.notes = List.copyOf(notes);
        this.clockwiseArea = clockwiseArea;
    }

    /**
     * Samples the expressions at t = s / nc for s = 0..nc and checks the contour as
     * {@link #simpleClosed} does.
     *
     * @throws IllegalArgumentException if nc is not positive
     * @throws ExpressionException if an expression fails at some t
     * @throws ContourException if the contour is not a simple closed curve
     */
    public static Contour fromExpressions(ContourExpression xc, ContourExpression yc, int nc) {
        if (nc < 1) {
            throw new IllegalArgumentException("the number of contour segments must be positive, not " + nc);
        }
        double[] x = new double[nc + 1];
        double[] y = new double[nc + 1];
        for (int s = 0; s <= nc; s++) {
            double t = (double) s / nc;
            x[s] = xc.at(t);
            y[s] = yc.at(t);
        }
        return simpleClosed(x, y);
    }

    /**
     * Checks points c_s = (x[s], y[s]), sampled at t = s / n, and returns them as a contour the
     * physics can use:
     * <ul>
     *   <li>the contour must be closed: |c_n - c_0| at most {@link #CLOSURE_TOLERANCE} of its size;</li>
     *   <li>segments of zero length (up to {@link #ZERO_LENGTH} of the size) are left out, with a note;</li>
     *   <li>it must enclose an area and must not cross or touch itself (checked with a bucket grid,
     *       {@link SelfIntersection});</li>
     *   <li>a clockwise contour (negative signed area) is reversed, with a note, so that every
     *       normal points into the obstacle as the Kirchhoff terms assume.</li>
     * </ul>
     *
     * @throws ContourException saying what is wrong, and where
     */
    public static Contour simpleClosed(double[] x, double[] y) {
        int n = x.length - 1;
        double minX = min(x);
        double maxX = max(x);
        double minY = min(y);
        double maxY = max(y);
        double size = Math.max(maxX - minX, maxY - minY);
        double largest = Math.max(Math.max(Math.abs(minX), Math.abs(maxX)), Math.max(Math.abs(minY), Math.abs(maxY)));
        if (!(size > POINT_SIZE * largest) || !Double.isFinite(size)) {
            throw new ContourException(ContourException.Reason.SINGLE_POINT, String.format(Locale.ROOT,
                    "the contour is a single point (%s, %s)%s; give x(t), y(t) that go round an obstacle",
                    num(x[0]), num(y[0]), n < 3 ? " with -nc " + n : ""));
        }
        double gap = Math.hypot(x[n] - x[0], y[n] - y[0]);
        if (gap > CLOSURE_TOLERANCE * size) {
            throw new ContourException(ContourException.Reason.NOT_CLOSED, String.format(Locale.ROOT,
                    "the contour is not closed: its end (%s, %s) at t = 1 is %s away from its start (%s, %s)"
                            + " at t = 0, %.2g of its size; x(t) and y(t) must have period 1 in t",
                    num(x[n]), num(y[n]), num(gap), num(x[0]), num(y[0]), gap / size));
        }

        // drop points that repeat the previous one (zero-length segments); the last point stays,
        // it closes the contour
        double zero = ZERO_LENGTH * size;
        int[] keep = new int[n + 1];
        int m = 0;
        keep[m++] = 0;
        List<String> skippedAt = new ArrayList<>();
        for (int s = 1; s <= n; s++) {
            int last = keep[m - 1];
            if (Math.hypot(x[s] - x[last], y[s] - y[last]) <= zero) {
                skippedAt.add(num((double) (s - 1) / n));
                if (s == n && m > 1) {
                    keep[m - 1] = s;
                }
                continue;
            }
            keep[m++] = s;
        }
        // the polygon's vertices: the kept points but the last, which closes the contour (it is
        // c_0 up to the closure tolerance; closing on c_0 itself keeps a rounding-sized gap from
        // making the first and last segments cross)
        int vertices = m - 1;
        double[] px = new double[vertices];
        double[] py = new double[vertices];
        for (int v = 0; v < vertices; v++) {
            px[v] = x[keep[v]];
            py[v] = y[keep[v]];
        }
        if (vertices < 3 || collinear(px, py, size)) {
            throw new ContourException(ContourException.Reason.NO_AREA, String.format(Locale.ROOT,
                    "the contour encloses no area: its %d distinct points lie on one line; give x(t), y(t)"
                            + " that go round an obstacle", vertices));
        }
        double[] t = new double[vertices];
        for (int v = 0; v < vertices; v++) {
            t[v] = (double) keep[v] / n;
        }
        SelfIntersection.check(px, py, t, size);
        double area = signedArea(px, py);
        if (!(Math.abs(area) > ZERO_AREA * size * size)) {
            throw new ContourException(ContourException.Reason.NO_AREA,
                    "the contour encloses no area; give x(t), y(t) that go round an obstacle");
        }

        List<String> notes = new ArrayList<>();
        if (!skippedAt.isEmpty()) {
            notes.add("skipped " + skippedAt.size() + " contour segment" + (skippedAt.size() == 1 ? "" : "s")
                    + " of zero length (starting at t = " + String.join(", ", skippedAt.subList(0, Math.min(5,
                    skippedAt.size()))) + (skippedAt.size() > 5 ? ", ..." : "") + ")");
        }
        double[] cx = new double[m];
        double[] cy = new double[m];
        for (int v = 0; v < m; v++) {
            int from = area < 0 ? keep[m - 1 - v] : keep[v];
            cx[v] = x[from];
            cy[v] = y[from];
        }
        return new Contour(cx, cy, notes, Math.min(area, 0));
    }

    /** Shoelace formula over the closed polygon, about its first vertex to limit cancellation. */
    static double signedArea(double[] px, double[] py) {
        double twice = 0;
        for (int v = 1; v + 1 < px.length; v++) {
            twice += (px[v] - px[0]) * (py[v + 1] - py[0]) - (px[v + 1] - px[0]) * (py[v] - py[0]);
        }
        return 0.5 * twice;
    }

    /** Whether all points lie on one line, up to rounding: then the contour encloses nothing. */
    private static boolean collinear(double[] px, double[] py, double size) {
        int far = 0;
        for (int v = 1; v < px.length; v++) {
            if (Math.hypot(px[v] - px[0], py[v] - py[0]) > Math.hypot(px[far] - px[0], py[far] - py[0])) {
                far = v;
            }
        }
        double dx = px[far] - px[0];
        double dy = py[far] - py[0];
        double length = Math.hypot(dx, dy);
        for (int v = 1; v < px.length; v++) {
            double offLine = Math.abs(dx * (py[v] - py[0]) - dy * (px[v] - px[0])) / length;
            if (offLine > ZERO_AREA * size) {
                return false;
            }
        }
        return true;
    }

    /** Number of segments. */
    public int segments() {
        return x.length - 1;
    }

    /** x coordinate of point s, 0 &lt;= s &lt;= segments(). */
    public double x(int s) {
        return x[s];
    }

    /** y coordinate of point s, 0 &lt;= s &lt;= segments(). */
    public double y(int s) {
        return y[s];
    }

    /**
     * What was changed while checking the contour besides its direction (zero-length segments
     * skipped), one sentence each, for the log.
     */
    public List<String> notes() {
        return notes;
    }

    /** The bounding box of several contours' points together, as {min x, max x, min y, max y}. */
    public static double[] bounds(List<Contour> contours) {
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (Contour c : contours) {
            box[0] = Math.min(box[0], c.minX());
            box[1] = Math.max(box[1], c.maxX());
            box[2] = Math.min(box[2], c.minY());
            box[3] = Math.max(box[3], c.maxY());
        }
        return box;
    }

    /**
     * The signed area of the contour as the expressions traced it, negative, if it ran clockwise and
     * was reversed; else 0. Each model words why (its normals): the log says so.
     */
    public double clockwiseArea() {
        return clockwiseArea;
    }

    public double minX() {
        return min(x);
    }

    public double maxX() {
        return max(x);
    }

    public double minY() {
        return min(y);
    }

    public double maxY() {
        return max(y);
    }

    /** The larger side of the bounding box: the scale of every geometric tolerance. */
    public double size() {
        return Math.max(maxX() - minX(), maxY() - minY());
    }

    /**
     * The polygon's vertices: the points without the last one when it closes the contour (is the
     * first up to {@link #CLOSURE_TOLERANCE}); the polygon's last edge runs back to the first vertex.
     */
    double[][] vertices() {
        int n = segments();
        boolean closed = Math.hypot(x[n] - x[0], y[n] - y[0]) <= CLOSURE_TOLERANCE * size();
        int v = closed ? n : n + 1;
        return new double[][] {Arrays.copyOf(x, v), Arrays.copyOf(y, v)};
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** A number for messages: short, but exact enough to find the place. */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
