package scatter.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * A vertical colour bar for a {@link ColourMap} over the values [low() limit, limit]: the map's
 * colours from the top (the largest value) down, an outline, ticks with labels on its right and
 * a label reading upwards beyond them. When some values lie beyond the range, the bar has a
 * pointed end on that side (as matplotlib's "extend"), in the end colour.
 */
public final class ColourBar {
    /** Width of the bar in pixels. */
    public static final int WIDTH = 22;
    /** Distance from the bar's left edge to the centre of its label. */
    private static final int LABEL_OFFSET = WIDTH + 62;

    private ColourBar() {
    }

    /**
     * Draws the bar with its left edge at x, from {@code top} over {@code h} pixels.
     *
     * @param limit the value at the top, 1 on the map's scale
     * @param clipped whether some values lie beyond the range: a pointed end at the top, and at the
     *     bottom too for a diverging map (whose range is symmetric)
     */
    public static void draw(Graphics2D g, ColourMap map, double limit, boolean clipped, int x, int top, int h,
            String label) {
        int tip = clipped ? Math.min(WIDTH, h / 10) : 0;
        int tipLow = map.diverging() ? tip : 0;
        int barTop = top + tip;
        int barH = h - tip - tipLow;
        double span = 1 - map.low();
        for (int py = 0; py < barH; py++) {
            g.setColor(new Color(map.rgb(1 - span * (py + 0.5) / barH)));
            g.fillRect(x, barTop + py, WIDTH, 1);
        }
        g.setColor(Chart.INK);
        g.setStroke(Chart.thin());
        Path2D outline = new Path2D.Double();
        outline.moveTo(x, barTop);
        if (tip > 0) {
            g.setColor(new Color(map.rgb(1)));
            g.fill(triangle(x, barTop, x + WIDTH / 2.0, top, x + WIDTH, barTop));
            g.setColor(Chart.INK);
            outline.lineTo(x + WIDTH / 2.0, top);
        }
        if (tipLow > 0) {
            g.setColor(new Color(map.rgb(map.low())));
            g.fill(triangle(x, barTop + barH, x + WIDTH / 2.0, top + h, x + WIDTH, barTop + barH));
            g.setColor(Chart.INK);
        }
        outline.lineTo(x + WIDTH, barTop);
        outline.lineTo(x + WIDTH, barTop + barH);
        if (tipLow > 0) {
            outline.lineTo(x + WIDTH / 2.0, top + h);
        }
        outline.lineTo(x, barTop + barH);
        outline.closePath();
        g.draw(outline);

        g.setFont(Chart.TICK);
        double low = map.low() * limit;
        List<Double> ticks = Chart.ticks(low, limit, 9, 0);
        for (double v : ticks) {
            double py = barTop + (1 - (v - low) / (limit - low)) * barH;
            g.drawLine(x + WIDTH, (int) Math.round(py), x + WIDTH + 4, (int) Math.round(py));
            Chart.textLeft(g, Chart.tickLabel(v, ticks), x + WIDTH + 7, py);
        }
        g.setFont(Chart.LABEL);
        Chart.textUp(g, label, x + LABEL_OFFSET, top + h / 2.0);
        g.setStroke(new BasicStroke(1f));
    }

    private static Path2D triangle(double x1, double y1, double x2, double y2, double x3, double y3) {
        Path2D p = new Path2D.Double();
        p.moveTo(x1, y1);
        p.lineTo(x2, y2);
        p.lineTo(x3, y3);
        p.closePath();
        return p;
    }
}
