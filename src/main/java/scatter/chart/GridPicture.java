package scatter.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import scatter.geometry.Grid;

/**
 * A picture of values at the nodes of a grid (row-major, node (i, j) at k = j (nx + 1) + i), with
 * the obstacle's nodes in grey, and its x/y axes in the problem's length units.
 *
 * <p>Each pixel shows the values interpolated bilinearly between the four nodes around it, as
 * ParaView draws point data; next to the obstacle, where some of those nodes are inside, it shows
 * the nearest node instead, so that the zeros inside do not bleed into the picture.
 */
public final class GridPicture {
    /** Colour of the nodes inside the obstacle: a neutral grey, unlike any colour of the maps. */
    public static final Color OBSTACLE = new Color(0x80, 0x80, 0x80);

    private GridPicture() {
    }

    /**
     * Pixel sizes of a picture of the grid whose longer side is {@code size} pixels, with equal
     * scales in x and y: {width, height}.
     */
    public static int[] size(Grid grid, int size) {
        double width = grid.xmax() - grid.xmin();
        double height = grid.ymax() - grid.ymin();
        int w = (int) Math.max(2, Math.round(width >= height ? size : size * width / height));
        int h = (int) Math.max(2, Math.round(height >= width ? size : size * height / width));
        return new int[] {w, h};
    }

    /**
     * Paints the values into the w x h pixels of {@code image} whose top-left corner is (left, top):
     * value / limit in {@code map}, nodes with {@code inside} 1 in {@link #OBSTACLE}.
     */
    public static void paint(BufferedImage image, int left, int top, int w, int h, Grid grid, double[] values,
            byte[] inside, ColourMap map, double limit) {
        for (int py = 0; py < h; py++) {
            // pixel centres; image rows go down, y goes up
            double fy = (1 - (py + 0.5) / h) * grid.ny();
            for (int px = 0; px < w; px++) {
                double fx = (px + 0.5) / w * grid.nx();
                image.setRGB(left + px, top + py, pixel(grid, values, inside, fx, fy, map, limit));
            }
        }
    }

    /** The colour at fractional grid position (fx, fy) (node units). */
    private static int pixel(Grid grid, double[] values, byte[] inside, double fx, double fy, ColourMap map,
            double limit) {
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
            value = (1 - ty) * ((1 - tx) * values[k] + tx * values[k + 1])
                    + ty * ((1 - tx) * values[k + cols] + tx * values[k + cols + 1]);
        } else {
            value = values[nearest];
        }
        return map.rgb(value / limit);
    }

    /**
     * The {@code quantile} of |value| over the nodes outside the obstacle (1 if there are none or
     * it is 0): a colour range that the few nodes right next to the contour, where a field peaks,
     * do not wash out.
     */
    public static double limit(double[] values, byte[] inside, double quantile) {
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
        double q = abs[(int) Math.min(n - 1, Math.ceil(quantile * n) - 1)];
        return q > 0 ? q : 1;
    }

    /** The largest |value| over the nodes outside the obstacle (0 if none). */
    public static double max(double[] values, byte[] inside) {
        double max = 0;
        for (int k = 0; k < values.length; k++) {
            if (inside[k] == 0) {
                max = Math.max(max, Math.abs(values[k]));
            }
        }
        return max;
    }

    /**
     * The frame around the w x h picture at (left, top) and its axes: ticks and labels of x below,
     * of y on the left, and the axis names "x" and "y".
     */
    public static void axes(Graphics2D g, Grid grid, int left, int top, int w, int h) {
        g.setStroke(Chart.thin());
        g.drawRect(left, top, w, h);
        g.setFont(Chart.TICK);
        List<Double> xt = Chart.ticks(grid.xmin(), grid.xmax(), 7, 0);
        for (double x : xt) {
            double px = left + (x - grid.xmin()) / (grid.xmax() - grid.xmin()) * w;
            g.drawLine((int) Math.round(px), top + h, (int) Math.round(px), top + h + 5);
            Chart.textCentred(g, Chart.tickLabel(x, xt), px, top + h + 8);
        }
        List<Double> yt = Chart.ticks(grid.ymin(), grid.ymax(), 7, 0);
        for (double y : yt) {
            double py = top + h - (y - grid.ymin()) / (grid.ymax() - grid.ymin()) * h;
            g.drawLine(left - 5, (int) Math.round(py), left, (int) Math.round(py));
            Chart.textRight(g, Chart.tickLabel(y, yt), left - 8, py);
        }
        g.setFont(Chart.LABEL);
        Chart.textCentred(g, "x", left + w / 2.0, top + h + 32);
        Chart.textUp(g, "y", left - 58, top + h / 2.0);
    }
}
