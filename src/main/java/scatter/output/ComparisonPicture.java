package scatter.output;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scatter.chart.Chart;
import scatter.chart.ColourBar;
import scatter.chart.ColourMap;
import scatter.chart.GridPicture;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.FieldDifference;
import scatter.physics.exact.system.BoundaryCondition;

/**
 * The picture of {@code scatter compare -o FILE.png}: where the Kirchhoff (physical optics) model
 * differs from the exact one, in three panels side by side on the same grid:
 * <ol>
 *   <li>Re(u_inc + u_scat) of the Kirchhoff model,</li>
 *   <li>Re(u_inc + u_scat) of the exact model, in the same diverging colour map and range as the
 *     first (RdBu, symmetric about 0, as {@link PngWriter} draws a field), with its colour bar;</li>
 *   <li>|u_K - u_exact|, the modulus of the complex difference, in a sequential map from pale
 *     yellow (0) to dark red (YlOrRd), with its colour bar.</li>
 * </ol>
 * The obstacle is grey (in the third panel: nodes inside in either model, which are not compared).
 * Each colour range ends at the 99.9th percentile of |value| outside the obstacle (for the fields,
 * the larger of the two models'), so that the few nodes next to the boundary, where the Kirchhoff
 * sources peak, do not wash out the rest; values beyond take the end colour. Above the panels: the
 * title with the inputs, and the figures of {@link FieldDifference}.
 */
public final class ComparisonPicture {
    /** Pixels along the longer side of each panel. */
    static final int PANEL = 400;
    /** Share of the outside nodes whose |value| lies within each colour range. */
    static final double COLOUR_QUANTILE = 0.999;
    static final int LEFT = 80;
    /** From a colour bar's left edge to the next panel: the bar, its labels and the panel's y ticks. */
    static final int AFTER_BAR = 170;
    static final int BAR_GAP = 20;
    static final int RIGHT = 110;
    static final int TITLE_TOP = 14;
    static final int TITLE_LINE = 22;
    /** From the last title line to the panels: the panels' headings. */
    static final int HEADINGS = 42;
    static final int BOTTOM = 62;

    private ComparisonPicture() {
    }

    /**
     * A title with the inputs, e.g. "Kirchhoff against exact model, sound-hard, lambda = 0.5,
     * incident at 0°, 129 x 129 nodes". The Kirchhoff model is that of a sound-hard obstacle (the
     * teaching code's); against a sound-soft exact model the title says so.
     *
     * @param angleDegrees the direction of travel of the incident wave as the user gave it
     */
    public static String title(BoundaryCondition condition, double wavelength, double angleDegrees, Grid grid) {
        return title(condition, wavelength, angleDegrees, null, grid);
    }

    /** As above, for a line source at {@code source} (null: the plane wave). */
    public static String title(BoundaryCondition condition, double wavelength, double angleDegrees,
            scatter.solve.Problem.Source source, Grid grid) {
        return Titles.models(condition) + Titles.inputs(wavelength, angleDegrees, source) + ", " + (grid.nx() + 1) + " x "
                + (grid.ny() + 1) + " nodes";
    }

    /** The figures of the difference, the picture's second title line. */
    static String figures(FieldDifference d) {
        return String.format(Locale.ROOT, "|u_K - u_exact| relative to max |u_exact|: RMS %.3g, max %.3g;"
                + " relative RMS %.3g, beyond one wavelength from the obstacle %.3g", d.rms(), d.max(), d.relativeRms(),
                d.farRelativeRms());
    }

    /**
     * Writes the picture to {@code file}, atomically.
     *
     * @param difference {@link FieldDifference#between} the two fields
     * @throws IllegalArgumentException if the fields are on different grids
     */
    public static void write(Path file, String title, Field kirchhoff, Field exact, FieldDifference difference)
            throws IOException {
        write(file, title, kirchhoff, exact, difference, AtomicFile.NOW);
    }

    /** As {@link #write(Path, String, Field, Field, FieldDifference)}, put in place as {@code placement} says. */
    public static void write(Path file, String title, Field kirchhoff, Field exact, FieldDifference difference,
            AtomicFile.Placement placement) throws IOException {
        if (kirchhoff.grid().nodes() != exact.grid().nodes() || difference.magnitude().length != exact.grid().nodes()) {
            throw new IllegalArgumentException("the fields and their difference are on different grids");
        }
        BufferedImage image = Chart.draw(file, () -> draw(title, kirchhoff, exact, difference));
        placement.write(file, tmp -> Chart.writePng(image, tmp));
    }

    /** The left edges of the three panels and of the two colour bars, for panels {@code w} wide. */
    static int[] columns(int w) {
        int first = LEFT;
        int second = first + w + LEFT;
        int fieldBar = second + w + BAR_GAP;
        int third = fieldBar + AFTER_BAR;
        int differenceBar = third + w + BAR_GAP;
        return new int[] {first, second, third, fieldBar, differenceBar};
    }

    /** The picture, as an image. */
    static BufferedImage draw(String title, Field kirchhoff, Field exact, FieldDifference difference) {
        Grid grid = exact.grid();
        double[] k = kirchhoff.totalReal(0, 1);
        double[] e = exact.totalReal(0, 1);
        double fieldLimit = Math.max(GridPicture.limit(k, kirchhoff.inside(), COLOUR_QUANTILE),
                GridPicture.limit(e, exact.inside(), COLOUR_QUANTILE));
        double[] d = difference.magnitude();
        byte[] excluded = difference.excluded();
        double differenceLimit = GridPicture.limit(d, excluded, COLOUR_QUANTILE);

        int[] size = GridPicture.size(grid, PANEL);
        int w = size[0];
        int h = size[1];
        int[] x = columns(w);
        int width = x[4] + RIGHT;
        List<String> lines = new ArrayList<>(Chart.wrap(title, Chart.TITLE, width - 24));
        lines.add(figures(difference));
        int top = TITLE_TOP + lines.size() * TITLE_LINE + HEADINGS;
        BufferedImage image = new BufferedImage(width, top + h + BOTTOM, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Chart.canvas(image);

        GridPicture.paint(image, x[0], top, w, h, grid, k, kirchhoff.inside(), ColourMap.RD_BU, fieldLimit);
        GridPicture.paint(image, x[1], top, w, h, grid, e, exact.inside(), ColourMap.RD_BU, fieldLimit);
        GridPicture.paint(image, x[2], top, w, h, grid, d, excluded, ColourMap.YL_OR_RD, differenceLimit);
        String[] headings = {"Kirchhoff (physical optics)", "exact (boundary integral equation)", "|u_K - u_exact|"};
        for (int p = 0; p < 3; p++) {
            g.setColor(Chart.INK);
            GridPicture.axes(g, grid, x[p], top, w, h);
            g.setFont(Chart.LABEL);
            Chart.textCentred(g, headings[p], x[p] + w / 2.0, top - 26);
        }
        boolean fieldsClipped = Math.max(GridPicture.max(k, kirchhoff.inside()), GridPicture.max(e, exact.inside()))
                > fieldLimit;
        ColourBar.draw(g, ColourMap.RD_BU, fieldLimit, fieldsClipped, x[3], top, h, "Re(u_inc + u_scat)");
        boolean differenceClipped = GridPicture.max(d, excluded) > differenceLimit;
        ColourBar.draw(g, ColourMap.YL_OR_RD, differenceLimit, differenceClipped, x[4], top, h, "|u_K - u_exact|");

        for (int line = 0; line < lines.size(); line++) {
            g.setFont(line < lines.size() - 1 ? Chart.TITLE : Chart.LABEL);
            Chart.textCentred(g, lines.get(line), width / 2.0, TITLE_TOP + line * TITLE_LINE);
        }
        g.dispose();
        return image;
    }
}
