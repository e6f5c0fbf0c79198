package scatter.output;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scatter.chart.Chart;
import scatter.chart.ColourBar;
import scatter.chart.ColourMap;
import scatter.chart.GridPicture;
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
    /** Colour of the nodes inside the obstacle. */
    static final Color OBSTACLE = GridPicture.OBSTACLE;
    /** Share of the outside nodes whose |value| lies within the colour range. */
    static final double COLOUR_QUANTILE = 0.999;

    static final int LEFT = 80;
    static final int TOP = 52;
    private static final int TITLE_LINE = 22;
    private static final int BOTTOM = 62;
    private static final int BAR_GAP = 24;
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

        int[] size = GridPicture.size(grid, PLOT_SIZE);
        int w = size[0];
        int h = size[1];
        // the title wraps at its commas when a narrow grid leaves too little width for one line
        List<String> title = Chart.wrap(title(attributes, grid), Chart.TITLE, LEFT + w + RIGHT - 16);
        int top = TOP + (title.size() - 1) * TITLE_LINE;
        BufferedImage image = new BufferedImage(LEFT + w + RIGHT, top + h + BOTTOM, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Chart.canvas(image);

        GridPicture.paint(image, LEFT, top, w, h, grid, total, inside, ColourMap.RD_BU, limit);
        GridPicture.axes(g, grid, LEFT, top, w, h);
        ColourBar.draw(g, ColourMap.RD_BU, limit, GridPicture.max(total, inside) > limit, LEFT + w + BAR_GAP, top, h,
                "Re(u_inc + u_scat)");

        g.setFont(Chart.TITLE);
        for (int line = 0; line < title.size(); line++) {
            Chart.textCentred(g, title.get(line), image.getWidth() / 2.0, 16 + line * TITLE_LINE);
        }
        g.dispose();
        return image;
    }

    /**
     * Half the colour range: the {@link #COLOUR_QUANTILE} quantile of |value| over the nodes
     * outside the obstacle (1 if there are none or all are 0).
     */
    static double colourLimit(double[] values, byte[] inside) {
        return GridPicture.limit(values, inside, COLOUR_QUANTILE);
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
        if (a.get(ResultLayout.SOURCE_X) instanceof Double x && a.get(ResultLayout.SOURCE_Y) instanceof Double y) {
            b.append(", line source at ").append(new scatter.solve.Problem.Source(x, y).describe());
        }
        b.append(", ").append(grid.nx() + 1).append(" x ").append(grid.ny() + 1).append(" nodes");
        int obstacles = 1;
        while (a.containsKey(ResultLayout.xcOf(obstacles + 1))) {
            obstacles++;
        }
        if (obstacles > 1) {
            b.append(", ").append(obstacles).append(" obstacles");
        }
        if (a.get(ResultLayout.NC) != null) {
            b.append(", ").append(a.get(ResultLayout.NC)).append(obstacles > 1 ? " segments each" : " segments");
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
        if (a.get(ResultLayout.SOURCE_X) instanceof Double x && a.get(ResultLayout.SOURCE_Y) instanceof Double y) {
            b.append(", line source at ").append(new scatter.solve.Problem.Source(x, y).describe());
        }
        b.append(", ").append(grid.nx() + 1).append(" x ").append(grid.ny() + 1).append(" nodes");
        int obstacles = 1;
        while (a.containsKey(ResultLayout.xcOf(obstacles + 1))) {
            obstacles++;
        }
        if (obstacles == 1) {
            b.append(", ").append(a.get(ResultLayout.POINTS)).append(" boundary points");
            return b.toString();
        }
        long points = 0;
        for (int i = 1; i <= obstacles; i++) {
            if (a.get(ResultLayout.ofObstacle(ResultLayout.POINTS, i)) instanceof Number n) {
                points += n.longValue();
            }
        }
        b.append(", ").append(obstacles).append(" obstacles, ").append(points).append(" boundary points in all");
        return b.toString();
    }
}
