package scatter.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scatter.chart.Chart;
import scatter.geometry.Grid;
import scatter.physics.Field;

/**
 * A quick-look picture of the real part of the total field, Re(u_inc + u_scat), on the grid, as
 * PNG: the field in a diverging colour map (blue negative, white zero, red positive, symmetric
 * about 0), the obstacle (inside nodes) in grey, a colour bar, and x/y axes in the problem's
 * length units with equal scales.
 *
 * <p>The picture is about {@value #PLOT_SIZE} pixels along the longer side of the grid whatever
 * the grid size. Each pixel shows the field interpolated bilinearly between the four nodes around
 * it, as ParaView draws point data; next to the obstacle, where some of those nodes are inside,
 * it shows the nearest node instead, so the zeros inside do not bleed into the field. The colour
 * range is +-{@link #colourLimit}, the 99.9th percentile of |Re(u_inc + u_scat)| outside the
 * obstacle: the few nodes right next to the contour, where the field of a segment peaks, would
 * otherwise wash out the rest. Values beyond it take the end colours, shown by the colour bar's
 * pointed ends.
 */
public final class PngWriter implements FieldWriter {
    /** Pixels along the longer side of the plotted grid. */
    static final int PLOT_SIZE = 640;
    /** Colour of the nodes inside the obstacle: a neutral grey, unlike any colour of the map. */
    static final Color OBSTACLE = new Color(0x80, 0x80, 0x80);
    /** Share of the outside nodes whose |value| lies within the colour range. */
    static final double COLOUR_QUANTILE = 0.999;

    /**
     * ColorBrewer's 11-class "RdBu" scheme (Cynthia A. Brewer, Pennsylvania State University,
     * colorbrewer2.org), from blue to red: matplotlib's "RdBu_r", a diverging map that prints and
     * reads well for colour-blind viewers. Entry 5 is the colour of 0.
     */
    static final int[] RD_BU = {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f,
    };

    static final int LEFT = 80;
    static final int TOP = 52;
    private static final int TITLE_LINE = 22;
    private static final int BOTTOM = 62;
    private static final int BAR_GAP = 24;
    private static final int BAR_WIDTH = 22;
    private static final int RIGHT = 140;

    @Override
    public void write(Field field, Map<String, Object> attributes, Path file) throws IOException {
        BufferedImage image = Chart.draw(file, () -> draw(field, attributes));
        Chart.writePng(image, file);
    }

    /** The picture, as an image. */
    static BufferedImage draw(Field field, Map<String, Object> attributes) {
        Grid grid = field.grid();
        double[] total = field.totalReal(0, 1);
        byte[] inside = field.inside();
        double limit = colourLimit(total, inside);

        double width = grid.xmax() - grid.xmin();
        double height = grid.ymax() - grid.ymin();
        int w = (int) Math.max(2, Math.round(width >= height ? PLOT_SIZE : PLOT_SIZE * width / height));
        int h = (int) Math.max(2, Math.round(height >= width ? PLOT_SIZE : PLOT_SIZE * height / width));
        // the title wraps at its commas when a narrow grid leaves too little width for one line
        List<String> title = Chart.wrap(title(attributes, grid), Chart.TITLE, LEFT + w + RIGHT - 16);
        int top = TOP + (title.size() - 1) * TITLE_LINE;
        BufferedImage image = new BufferedImage(LEFT + w + RIGHT, top + h + BOTTOM, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Chart.canvas(image);

        for (int py = 0; py < h; py++) {
            // pixel centres; image rows go down, y goes up
            double fy = (1 - (py + 0.5) / h) * grid.ny();
            for (int px = 0; px < w; px++) {
                double fx = (px + 0.5) / w * grid.nx();
                image.setRGB(LEFT + px, top + py, pixel(grid, total, inside, fx, fy, limit));
            }
        }
        g.setStroke(Chart.thin());
        g.drawRect(LEFT, top, w, h);
        axes(g, grid, top, w, h);
        colourBar(g, limit, LEFT + w + BAR_GAP, top, h, max(total, inside) > limit);

        g.setFont(Chart.TITLE);
        for (int line = 0; line < title.size(); line++) {
            Chart.textCentred(g, title.get(line), image.getWidth() / 2.0, 16 + line * TITLE_LINE);
        }
        g.dispose();
        return image;
    }

    /** The colour at fractional grid position (fx, fy) (node units). */
    private static int pixel(Grid grid, double[] total, byte[] inside, double fx, double fy, double limit) {
        int cols = grid.nx() + 1;
        int nearest = (int) Math.round(fy) * cols + (int) Math.round(fx);
        if (inside[nearest] != 0) {
            return OBSTACLE.getRGB();
        }
        int i = Math.min((int) fx, grid.nx() - 1);
        int j = Math.min((int) fy, grid.ny() - 1);
        int k = j * cols + i;
        double value;
        if (inside[k] == 0 && inside[k + 1] == 0 && inside[k + cols] == 0 && inside[k + cols + 1] == 0) {
            double tx = fx - i;
            double ty = fy - j;
            value = (1 - ty) * ((1 - tx) * total[k] + tx * total[k + 1])
                    + ty * ((1 - tx) * total[k + cols] + tx * total[k + cols + 1]);
        } else {
            value = total[nearest];
        }
        return colour(value / limit);
    }

    /**
     * The colour for a value scaled to the colour range: -1 is the darkest blue, 0 white, +1 the
     * darkest red, linear in RGB between the scheme's colours; beyond +-1 the end colours.
     */
    static int colour(double scaled) {
        double s = Double.isNaN(scaled) ? 0 : Math.max(-1, Math.min(1, scaled));
        double position = (s + 1) / 2 * (RD_BU.length - 1);
        int lo = Math.min((int) position, RD_BU.length - 2);
        double t = position - lo;
        int a = RD_BU[lo];
        int b = RD_BU[lo + 1];
        int r = (int) Math.round((a >> 16 & 0xff) * (1 - t) + (b >> 16 & 0xff) * t);
        int gr = (int) Math.round((a >> 8 & 0xff) * (1 - t) + (b >> 8 & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return 0xff000000 | r << 16 | gr << 8 | bl;
    }

    /**
     * Half the colour range: the {@link #COLOUR_QUANTILE} quantile of |value| over the nodes
     * outside the obstacle (1 if there are none or all are 0).
     */
    static double colourLimit(double[] values, byte[] inside) {
        double[] abs = new double[values.length];
        int n = 0;
        for (int k = 0; k < values.length; k++) {
            if (inside[k] == 0 && Double.isFinite(values[k])) {
                abs[n++] = Math.abs(values[k]);
            }
        }
        if (n == 0) {
            return 1;
        }
        Arrays.sort(abs, 0, n);
        double q = abs[(int) Math.min(n - 1, Math.ceil(COLOUR_QUANTILE * n) - 1)];
        return q > 0 ? q : 1;
    }

    private static double max(double[] values, byte[] inside) {
        double max = 0;
        for (int k = 0; k < values.length; k++) {
            if (inside[k] == 0) {
                max = Math.max(max, Math.abs(values[k]));
            }
        }
        return max;
    }

    private static void axes(Graphics2D g, Grid grid, int top, int w, int h) {
        g.setFont(Chart.TICK);
        List<Double> xt = Chart.ticks(grid.xmin(), grid.xmax(), 7, 0);
        for (double x : xt) {
            double px = LEFT + (x - grid.xmin()) / (grid.xmax() - grid.xmin()) * w;
            g.drawLine((int) Math.round(px), top + h, (int) Math.round(px), top + h + 5);
            Chart.textCentred(g, Chart.tickLabel(x, xt), px, top + h + 8);
        }
        List<Double> yt = Chart.ticks(grid.ymin(), grid.ymax(), 7, 0);
        for (double y : yt) {
            double py = top + h - (y - grid.ymin()) / (grid.ymax() - grid.ymin()) * h;
            g.drawLine(LEFT - 5, (int) Math.round(py), LEFT, (int) Math.round(py));
            Chart.textRight(g, Chart.tickLabel(y, yt), LEFT - 8, py);
        }
        g.setFont(Chart.LABEL);
        Chart.textCentred(g, "x", LEFT + w / 2.0, top + h + 32);
        Chart.textUp(g, "y", 22, top + h / 2.0);
    }

    private static void colourBar(Graphics2D g, double limit, int x, int top, int h, boolean clipped) {
        // pointed ends, as matplotlib's "extend", when some values lie beyond the range
        int tip = clipped ? Math.min(BAR_WIDTH, h / 10) : 0;
        int barTop = top + tip;
        int barH = h - 2 * tip;
        for (int py = 0; py < barH; py++) {
            g.setColor(new Color(colour(1 - 2 * (py + 0.5) / barH)));
            g.fillRect(x, barTop + py, BAR_WIDTH, 1);
        }
        g.setColor(Chart.INK);
        g.setStroke(Chart.thin());
        Path2D outline = new Path2D.Double();
        outline.moveTo(x, barTop);
        if (clipped) {
            g.setColor(new Color(colour(1)));
            g.fill(triangle(x, barTop, x + BAR_WIDTH / 2.0, top, x + BAR_WIDTH, barTop));
            g.setColor(new Color(colour(-1)));
            g.fill(triangle(x, barTop + barH, x + BAR_WIDTH / 2.0, top + h, x + BAR_WIDTH, barTop + barH));
            g.setColor(Chart.INK);
            outline.lineTo(x + BAR_WIDTH / 2.0, top);
        }
        outline.lineTo(x + BAR_WIDTH, barTop);
        outline.lineTo(x + BAR_WIDTH, barTop + barH);
        if (clipped) {
            outline.lineTo(x + BAR_WIDTH / 2.0, top + h);
        }
        outline.lineTo(x, barTop + barH);
        outline.closePath();
        g.draw(outline);

        g.setFont(Chart.TICK);
        List<Double> ticks = Chart.ticks(-limit, limit, 9, 0);
        for (double v : ticks) {
            double py = barTop + (1 - (v + limit) / (2 * limit)) * barH;
            g.drawLine(x + BAR_WIDTH, (int) Math.round(py), x + BAR_WIDTH + 4, (int) Math.round(py));
            Chart.textLeft(g, Chart.tickLabel(v, ticks), x + BAR_WIDTH + 7, py);
        }
        g.setFont(Chart.LABEL);
        Chart.textUp(g, "Re(u_inc + u_scat)", x + BAR_WIDTH + 62, top + h / 2.0);
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

    private static String title(Map<String, Object> a, Grid grid) {
        if (a.get(ResultLayout.MODEL) != null) {
            return exactTitle(a, grid);
        }
        StringBuilder b = new StringBuilder("Total field");
        if (a.get(ResultLayout.LAMBDA) != null) {
            b.append(String.format(Locale.ROOT, ", lambda = %s", a.get(ResultLayout.LAMBDA)));
        }
        if (a.get(ResultLayout.ANGLE) instanceof Number angle && angle.doubleValue() != 0) {
            b.append(String.format(Locale.ROOT, ", incident at %s deg", angle));
        }
        b.append(", ").append(grid.nx() + 1).append(" x ").append(grid.ny() + 1).append(" nodes");
        if (a.get(ResultLayout.NC) != null) {
            b.append(", ").append(a.get(ResultLayout.NC)).append(" segments");
        }
        return b.toString();
    }

    /** E.g. "Total field, exact model, sound-hard, lambda = 0.5, 129 x 129 nodes, 512 boundary points". */
    private static String exactTitle(Map<String, Object> a, Grid grid) {
        StringBuilder b = new StringBuilder("Total field, exact model");
        b.append(", sound-").append(a.get(ResultLayout.BC));
        b.append(String.format(Locale.ROOT, ", lambda = %s", a.get(ResultLayout.LAMBDA)));
        if (a.get(ResultLayout.ANGLE) instanceof Number angle && angle.doubleValue() != 0) {
            b.append(String.format(Locale.ROOT, ", incident at %s deg", angle));
        }
        b.append(", ").append(grid.nx() + 1).append(" x ").append(grid.ny() + 1).append(" nodes");
        b.append(", ").append(a.get(ResultLayout.POINTS)).append(" boundary points");
        return b.toString();
    }
}
