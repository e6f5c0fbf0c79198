package scatter.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * Polar axes: a value r in [inner, outer] at direction theta (radians, anticlockwise from +x, which
 * points right) is drawn at distance (r - inner) / (outer - inner) times the radius from the
 * centre; values below {@code inner} sit at the centre. Draws rings at equal steps of r labelled
 * with their value and a unit, spokes every 30 degrees labelled in degrees outside the rim,
 * closed curves through the values, and an arrow pointing at the centre.
 */
public final class PolarAxes {
    /** Colour of the rings and spokes inside the rim. */
    static final Color GRID = new Color(0xd0, 0xd0, 0xd0);
    /** Degrees between spokes. */
    private static final int SPOKE = 30;

    private final double cx;
    private final double cy;
    private final double radius;
    private final double inner;
    private final double outer;

    /**
     * @param cx centre, in pixels
     * @param radius of the rim, in pixels
     * @param inner the value at the centre (and of everything below it)
     * @param outer the value on the rim
     */
    public PolarAxes(double cx, double cy, double radius, double inner, double outer) {
        if (!(outer > inner)) {
            throw new IllegalArgumentException("the rim's value must exceed the centre's: " + inner + ", " + outer);
        }
        this.cx = cx;
        this.cy = cy;
        this.radius = radius;
        this.inner = inner;
        this.outer = outer;
    }

    /** The pixel of value r at direction theta; r below the inner value (or NaN, or -infinity) at the centre. */
    public Point2D at(double theta, double r) {
        double d = radius * pixelsOf(r);
        return new Point2D.Double(cx + d * Math.cos(theta), cy - d * Math.sin(theta));
    }

    /** The pixel at distance {@code d} pixels from the centre in direction theta. */
    public Point2D atDistance(double theta, double d) {
        return new Point2D.Double(cx + d * Math.cos(theta), cy - d * Math.sin(theta));
    }

    private double pixelsOf(double r) {
        double s = (r - inner) / (outer - inner);
        return s > 0 ? Math.min(s, 1.0 + 1e-9) : 0;
    }

    /**
     * The rings at {@code inner + step, inner + 2 step, ..., outer} and the spokes, in light grey,
     * then the rim. Draw the curves after this, then {@link #labels}.
     */
    public void grid(Graphics2D g, double step) {
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        g.setColor(GRID);
        g.setStroke(new BasicStroke(1f));
        for (double r = outer - step; r > inner + 1e-9 * step; r -= step) {
            double d = radius * pixelsOf(r);
            g.draw(new Ellipse2D.Double(cx - d, cy - d, 2 * d, 2 * d));
        }
        for (int deg = 0; deg < 360; deg += SPOKE) {
            Point2D rim = atDistance(Math.toRadians(deg), radius);
            g.draw(new Line2D.Double(cx, cy, rim.getX(), rim.getY()));
        }
        g.setColor(Chart.INK);
        g.setStroke(Chart.thin());
        g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    /**
     * The labels: each spoke's direction in degrees outside the rim, and each ring's value with
     * {@code unit} along the ray at {@code ringAngle} (radians), on a white patch so that they stay
     * legible over the curves.
     */
    public void labels(Graphics2D g, double step, String unit, double ringAngle) {
        g.setFont(Chart.TICK);
        FontMetrics m = g.getFontMetrics();
        g.setColor(Chart.INK);
        for (int deg = 0; deg < 360; deg += SPOKE) {
            double theta = Math.toRadians(deg);
            String text = deg + "\u00b0";
            // the label's centre, far enough out that its box clears the rim in every direction
            double half = Math.abs(Math.cos(theta)) * m.stringWidth(text) / 2.0
                    + Math.abs(Math.sin(theta)) * m.getAscent() / 2.0;
            Point2D p = atDistance(theta, radius + 7 + half);
            Chart.textCentred(g, text, p.getX(), p.getY() - m.getAscent() / 2.0 - 1);
        }
        for (double r = outer; r > inner + 1e-9 * step; r -= step) {
            String text = ringLabel(r, step, unit);
            Rectangle2D box = ringBox(m, text, ringAngle, r);
            g.setColor(new Color(255, 255, 255, 215));
            g.fill(box);
            g.setColor(Chart.INK);
            Chart.textCentred(g, text, box.getCenterX(), box.getY() + 1);
        }
    }

    /**
     * Of the rays halfway between spokes, the one along which the ring labels cover the fewest
     * points of the curves (theta[c][l], r[c][l]); of equally clear ones, the first from
     * {@code preferred} anticlockwise.
     */
    public double clearestRay(Graphics2D g, double step, String unit, double preferred, double[][] theta,
            double[][] r) {
        FontMetrics m = g.getFontMetrics(Chart.TICK);
        double best = preferred;
        int fewest = Integer.MAX_VALUE;
        double first = Math.ceil((Math.toDegrees(preferred) - SPOKE / 2.0) / SPOKE) * SPOKE + SPOKE / 2.0;
        for (int q = 0; q < 360 / SPOKE; q++) {
            double ray = Math.toRadians(first + q * SPOKE);
            int covered = 0;
            for (double ring = outer; ring > inner + 1e-9 * step; ring -= step) {
                Rectangle2D box = ringBox(m, ringLabel(ring, step, unit), ray, ring);
                box = new Rectangle2D.Double(box.getX() - 4, box.getY() - 4, box.getWidth() + 8, box.getHeight() + 8);
                for (int c = 0; c < theta.length; c++) {
                    for (int l = 0; l < theta[c].length; l++) {
                        covered += box.contains(at(theta[c][l], r[c][l])) ? 1 : 0;
                    }
                }
            }
            if (covered < fewest) {
                fewest = covered;
                best = ray;
            }
        }
        return best;
    }

    private static String ringLabel(double r, double step, String unit) {
        return String.format(Locale.ROOT, "%s %s", Chart.tickLabel(r, List.of(0.0, step)), unit);
    }

    /** The white patch of a ring's label, centred where the ring meets the ray at {@code ray}. */
    private Rectangle2D ringBox(FontMetrics m, String text, double ray, double r) {
        Point2D p = at(ray, r);
        double w = m.stringWidth(text);
        double h = m.getAscent();
        return new Rectangle2D.Double(p.getX() - w / 2 - 2, p.getY() - h / 2 - 1, w + 4, h + 2);
    }

    /**
     * A closed curve through the values r[l] at directions theta[l] (in order around the circle),
     * in the given colour and stroke.
     */
    public void curve(Graphics2D g, double[] theta, double[] r, Color colour, BasicStroke stroke) {
        Path2D path = new Path2D.Double();
        for (int l = 0; l < theta.length; l++) {
            Point2D p = at(theta[l], r[l]);
            if (l == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        path.closePath();
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(path);
    }

    /**
     * An arrow outside the rim, along the ray at {@code theta}, from {@code from} to {@code to} pixels
     * beyond the rim, pointing at the centre (to &lt; from), with {@code label} beside its middle.
     */
    public void arrowIn(Graphics2D g, double theta, double from, double to, String label, Color colour) {
        Point2D tail = atDistance(theta, radius + from);
        Point2D tip = atDistance(theta, radius + to);
        g.setColor(colour);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        double head = 14;
        Point2D neck = atDistance(theta, radius + to + head);
        g.draw(new Line2D.Double(tail, neck));
        // the head: a triangle at the tip, its base across the ray
        double px = -Math.sin(theta);
        double py = -Math.cos(theta);
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(tip.getX(), tip.getY());
        arrow.lineTo(neck.getX() + 7 * px, neck.getY() + 7 * py);
        arrow.lineTo(neck.getX() - 7 * px, neck.getY() - 7 * py);
        arrow.closePath();
        g.fill(arrow);
        // the label beside the arrow's middle, on the side away from the bottom of the picture
        g.setFont(Chart.LABEL);
        FontMetrics m = g.getFontMetrics();
        Point2D mid = atDistance(theta, radius + (from + to) / 2);
        double side = py <= 0 ? 1 : -1;
        double offset = 8 + Math.abs(py) * m.getAscent() / 2.0 + Math.abs(px) * m.stringWidth(label) / 2.0;
        double lx = mid.getX() + side * px * offset;
        double ly = mid.getY() + side * py * offset;
        Chart.textCentred(g, label, lx, ly - m.getAscent() / 2.0 - 1);
    }
}
