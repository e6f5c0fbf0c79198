package scatter.output;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scatter.chart.Chart;
import scatter.chart.Legend;
import scatter.chart.PolarAxes;
import scatter.physics.Incident;
import scatter.physics.LineSource;
import scatter.physics.PlaneWave;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.solve.Problem;

/**
 * A polar plot of the echo width in dB ({@code --far-field FILE.png}), for one far-field pattern
 * or several overlaid (the Kirchhoff and exact models, for {@code scatter compare}). With
 * u_s(r, theta) = f(theta) e^{ikr}/sqrt(r) + O(r^{-3/2}), the distance from the centre is
 * 10 log10(2 pi |f(theta)|^2 / lambda), the echo width (2D radar cross section) in dB relative to
 * the wavelength, against the scattering direction theta, anticlockwise from +x (to the right).
 *
 * <p>The rim is the largest value over all patterns rounded up to a multiple of 5 dB, the centre
 * {@value #RANGE_DB} dB below it, with rings every {@value #RING_DB} dB; values below the centre's
 * are drawn at the centre. An arrow outside the rim, labelled "incident", comes in from where the
 * incident wave comes from and points along its direction of travel alpha, so that forward
 * scattering (the shadow) is across the centre from it and back-scattering next to it (for a line
 * source, labelled "source", along the direction from the source to the origin). The legend
 * gives each pattern's total scattering width sigma_s = int |f|^2 d theta.
 */
public final class FarFieldPlot {
    /** One pattern to draw and its name in the legend, e.g. "exact" or "Kirchhoff (physical optics)". */
    public record Curve(String label, FarFieldPattern pattern) {
    }

    /** Dynamic range shown: from the rim to the centre. */
    static final int RANGE_DB = 40;
    /** Between rings. */
    static final int RING_DB = 10;
    /** Radius of the rim. */
    static final int RADIUS = 300;
    /** Room around the rim for the direction labels. */
    static final int MARGIN = 52;
    /** More room on the side the incident wave comes from, for its arrow. */
    static final int ARROW_ROOM = 70;
    /** The picture is at least this wide, for the title and the caption. */
    static final int MIN_WIDTH = 800;
    private static final int TITLE_LINE = 22;
    private static final int TITLE_TOP = 16;

    private FarFieldPlot() {
    }

    /**
     * A title with the inputs, e.g. "Echo width, exact model, sound-hard, lambda = 0.5, incident at
     * 0°".
     *
     * @param models what is drawn, e.g. "exact model" or "Kirchhoff and exact models"
     * @param angleDegrees the direction of travel of the incident wave as the user gave it
     */
    public static String title(String models, BoundaryCondition condition, double wavelength, double angleDegrees) {
        return title(models, condition, wavelength, angleDegrees, null);
    }

    /** As above, for a line source at {@code source} (null: the plane wave). */
    public static String title(String models, BoundaryCondition condition, double wavelength, double angleDegrees,
            Problem.Source source) {
        return "Echo width, " + models + ", sound-" + condition.label()
                + Titles.inputs(wavelength, angleDegrees, source);
    }

    /**
     * The title of {@code scatter compare --far-field}, e.g. "Echo width, Kirchhoff against exact
     * model, sound-hard, lambda = 0.5, incident at 0°"; the Kirchhoff model is always sound-hard, and
     * the title says so against a sound-soft exact model.
     */
    public static String compareTitle(BoundaryCondition condition, double wavelength, double angleDegrees) {
        return compareTitle(condition, wavelength, angleDegrees, null);
    }

    /** As above, for a line source at {@code source} (null: the plane wave). */
    public static String compareTitle(BoundaryCondition condition, double wavelength, double angleDegrees,
            Problem.Source source) {
        return "Echo width, " + Titles.models(condition) + Titles.inputs(wavelength, angleDegrees, source);
    }

    /** Writes the plot of {@code curves} (one or more) to {@code file}, atomically. */
    public static void write(Path file, String title, Incident wave, List<Curve> curves) throws IOException {
        write(file, title, wave, curves, AtomicFile.NOW);
    }

    /** As {@link #write(Path, String, Incident, List)}, put in place as {@code placement} says. */
    public static void write(Path file, String title, Incident wave, List<Curve> curves,
            AtomicFile.Placement placement) throws IOException {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("nothing to plot");
        }
        BufferedImage image = Chart.draw(file, () -> draw(title, wave, curves));
        placement.write(file, tmp -> Chart.writePng(image, tmp));
    }

    /** The plot, as an image. */
    static BufferedImage draw(String title, Incident wave, List<Curve> curves) {
        double lambda = wave.wavelength();
        double rim = rim(curves, lambda);
        double alpha = direction(wave);
        Frame f = frame(title, alpha);

        List<Legend.Entry> entries = new ArrayList<>();
        double[][] theta = new double[curves.size()][];
        double[][] db = new double[curves.size()][];
        for (int c = 0; c < curves.size(); c++) {
            FarFieldPattern p = curves.get(c).pattern();
            entries.add(new Legend.Entry(String.format(Locale.ROOT, "%s: sigma_s = %.4g", curves.get(c).label(),
                    p.sigmaS()), Chart.SERIES.get(c % Chart.SERIES.size()), stroke()));
            theta[c] = p.angles();
            db[c] = new double[theta[c].length];
            for (int l = 0; l < db[c].length; l++) {
                db[c][l] = p.echoWidthDb(l, lambda);
            }
        }
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D sg = Chart.canvas(scratch);
        int[] legend = Legend.size(sg, entries);
        sg.dispose();
        double cx = f.cx();
        int legendTop = f.legendTop();
        int height = legendTop + legend[1] + 2 * TITLE_LINE + 12;

        BufferedImage image = new BufferedImage(f.width(), height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Chart.canvas(image);
        PolarAxes axes = new PolarAxes(cx, f.cy(), RADIUS, rim - RANGE_DB, rim);
        axes.grid(g, RING_DB);
        for (int c = 0; c < curves.size(); c++) {
            axes.curve(g, theta[c], db[c], entries.get(c).colour(), stroke());
        }
        axes.labels(g, RING_DB, "dB", axes.clearestRay(g, RING_DB, "dB", alpha + Math.PI / 2, theta, db));
        axes.arrowIn(g, alpha + Math.PI, ARROW_ROOM + MARGIN - 8, MARGIN,
                wave instanceof LineSource ? "source" : "incident", Chart.INK);

        Legend.draw(g, (int) Math.round(cx - legend[0] / 2.0), legendTop, entries);
        g.setColor(Chart.INK);
        g.setFont(Chart.TICK);
        int captionTop = legendTop + legend[1] + 8;
        Chart.textCentred(g, "distance from the centre: echo width 10 log10(2 pi |f|^2 / lambda) in dB, below "
                + Titles.number(rim - RANGE_DB) + " dB at the centre", cx, captionTop);
        Chart.textCentred(g, "angle: scattering direction, anticlockwise from +x; u_scat ~ f e^{ikr} / sqrt(r)", cx,
                captionTop + TITLE_LINE - 4);
        g.setFont(Chart.TITLE);
        for (int line = 0; line < f.title().size(); line++) {
            Chart.textCentred(g, f.title().get(line), f.width() / 2.0, TITLE_TOP + line * TITLE_LINE);
        }
        g.dispose();
        return image;
    }

    /**
     * Where things go: the picture's width, the title's lines, the centre of the polar axes, the
     * top of the legend below them.
     */
    record Frame(int width, List<String> title, double cx, double cy, int legendTop) {
    }

    /**
     * The direction the incident wave travels in across the obstacle: a plane wave's own; for a line
     * source, from the source towards the origin (along +x for a source at the origin).
     */
    static double direction(Incident wave) {
        if (wave instanceof LineSource s) {
            return s.x() == 0 && s.y() == 0 ? 0 : Math.atan2(-s.y(), -s.x());
        }
        return ((PlaneWave) wave).direction();
    }

    /**
     * The frame for a wave travelling in direction {@code alpha}: room for the direction labels all
     * round, and for the incident arrow on the side the wave comes from.
     */
    static Frame frame(String title, double alpha) {
        double ux = Math.cos(alpha + Math.PI);
        double uy = -Math.sin(alpha + Math.PI);
        int left = MARGIN + (int) Math.round(ARROW_ROOM * Math.max(0, -ux));
        int right = MARGIN + (int) Math.round(ARROW_ROOM * Math.max(0, ux));
        int above = MARGIN + (int) Math.round(ARROW_ROOM * Math.max(0, -uy));
        int below = MARGIN + (int) Math.round(ARROW_ROOM * Math.max(0, uy));
        int width = Math.max(MIN_WIDTH, left + 2 * RADIUS + right);
        List<String> lines = Chart.wrap(title, Chart.TITLE, width - 24);
        double cx = left + RADIUS + (width - left - 2 * RADIUS - right) / 2.0;
        double cy = TITLE_TOP + lines.size() * TITLE_LINE + above + RADIUS;
        return new Frame(width, lines, cx, cy, (int) Math.round(cy + RADIUS + below));
    }

    /** The rim's value: the largest echo width in dB of all curves, rounded up to a multiple of 5 dB. */
    static double rim(List<Curve> curves, double wavelength) {
        double max = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            for (int l = 0; l < c.pattern().angles().length; l++) {
                double db = c.pattern().echoWidthDb(l, wavelength);
                if (Double.isFinite(db)) {
                    max = Math.max(max, db);
                }
            }
        }
        return Double.isFinite(max) ? 5 * Math.ceil(max / 5) : 0;
    }

    private static BasicStroke stroke() {
        return new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

}
