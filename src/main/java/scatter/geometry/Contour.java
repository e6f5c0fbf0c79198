package scatter.geometry;

import scatter.InputException;

/**
 * The obstacle's boundary: nc + 1 points c_s = (x(t_s), y(t_s)) at t_s = s / nc, s = 0..nc,
 * forming nc straight segments from c_s to c_{s+1}. The contour is meant to be closed (c_nc = c_0)
 * and anticlockwise, so that the normal (-d_y, d_x)/|d| of each segment points into the obstacle.
 */
public final class Contour {
    private final double[] x;
    private final double[] y;

    /** Takes the point coordinates as given (copied); {@code x.length == y.length >= 2}. */
    public Contour(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a contour needs at least 2 points and as many x as y");
        }
        this.x = x.clone();
        this.y = y.clone();
    }

    /**
     * Samples the expressions at t = s / nc for s = 0..nc.
     *
     * @throws InputException if nc is not positive or an expression fails at some t
     */
    public static Contour fromExpressions(ContourExpression xc, ContourExpression yc, int nc) {
        if (nc < 1) {
            throw new InputException("-nc: the number of contour segments must be a positive integer, not " + nc);
        }
        double[] x = new double[nc + 1];
        double[] y = new double[nc + 1];
        for (int s = 0; s <= nc; s++) {
            double t = (double) s / nc;
            x[s] = xc.at(t);
            y[s] = yc.at(t);
        }
        return new Contour(x, y);
    }

    /** Number of segments, nc. */
    public int segments() {
        return x.length - 1;
    }

    /** x coordinate of point s, 0 &lt;= s &lt;= nc. */
    public double x(int s) {
        return x[s];
    }

    /** y coordinate of point s, 0 &lt;= s &lt;= nc. */
    public double y(int s) {
        return y[s];
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
}
