package scatter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.ModelFields;
import scatter.TestFiles;
import scatter.chart.Chart;
import scatter.physics.PlaneWave;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;

class FarFieldPlotTest {
    private static final double LAMBDA = 0.5;

    @TempDir
    Path dir;

    /** A pattern with the same echo width in every direction, {@code db} dB over lambda. */
    private static FarFieldPattern isotropic(double db, int angles) {
        double[] theta = new double[angles];
        double[] re = new double[angles];
        double[] im = new double[angles];
        for (int l = 0; l < angles; l++) {
            theta[l] = 2 * Math.PI * l / angles;
            // 2 pi |f|^2 / lambda = 10^(db/10), all of f imaginary
            im[l] = Math.sqrt(LAMBDA * Math.pow(10, db / 10) / (2 * Math.PI));
        }
        return new FarFieldPattern(theta, re, im, 1.5, 1.5, 0);
    }

    @Test
    void radiusIsTheEchoWidthInDbAndTheIncidentArrowIsWhereTheWaveComesFrom() throws Exception {
        // 7.5 dB: the rim is at 10 dB, the centre at -30 dB, so the circle is at 37.5/40 of the radius;
        // -10 dB is at half the radius
        FarFieldPattern outer = isotropic(7.5, 360);
        FarFieldPattern inner = isotropic(-10, 90);
        assertEquals(7.5, outer.echoWidthDb(17, LAMBDA), 1e-12);
        Path png = dir.resolve("ff.png");
        String title = FarFieldPlot.compareTitle(BoundaryCondition.HARD, LAMBDA, 0);
        FarFieldPlot.write(png, title, new PlaneWave(LAMBDA, 0),
                List.of(new FarFieldPlot.Curve("exact", outer), new FarFieldPlot.Curve("Kirchhoff", inner)));
        assertEquals(List.of("ff.png"), TestFiles.names(dir), "written atomically, nothing else left");
        BufferedImage img = ImageIO.read(png.toFile());
        FarFieldPlot.Frame f = FarFieldPlot.frame(title, 0);
        assertEquals(f.width(), img.getWidth());
        assertTrue(img.getHeight() > f.legendTop() + 40, "legend and caption below the plot");
        double r = FarFieldPlot.RADIUS;
        Color first = Chart.SERIES.get(0);
        Color second = Chart.SERIES.get(1);
        for (int deg = 0; deg < 360; deg += 45) {
            double t = Math.toRadians(deg + 2);   // off the spokes
            assertNear(first, img, f.cx() + 0.9375 * r * Math.cos(t), f.cy() - 0.9375 * r * Math.sin(t));
            assertNear(second, img, f.cx() + 0.5 * r * Math.cos(t), f.cy() - 0.5 * r * Math.sin(t));
        }
        // the wave travels along +x: its arrow is left of the rim, pointing right, on the axis
        int arrowX = (int) Math.round(f.cx() - r - 80);
        assertNear(Chart.INK, img, arrowX, f.cy());
        assertEquals(0xffffff, img.getRGB(arrowX, (int) Math.round(f.cy()) - 30) & 0xffffff, "above the arrow's line");
        // the legend's samples, below the plot
        assertTrue(occurs(img, first, f.legendTop()) && occurs(img, second, f.legendTop()), "legend of both");
        assertEquals(0xffffff, img.getRGB(2, 2) & 0xffffff);
    }

    @Test
    void aWaveFromAboveHasItsArrowAboveAndOnePatternNoSecondColour() throws Exception {
        Path png = dir.resolve("down.png");
        // travelling in -y (270 degrees): it comes from above
        FarFieldPlot.write(png, "t", new PlaneWave(LAMBDA, Math.toRadians(270)),
                List.of(new FarFieldPlot.Curve("exact", isotropic(0, 72))));
        BufferedImage img = ImageIO.read(png.toFile());
        FarFieldPlot.Frame f = FarFieldPlot.frame("t", Math.toRadians(270));
        assertNear(Chart.INK, img, f.cx(), f.cy() - FarFieldPlot.RADIUS - 80);
        assertTrue(occurs(img, Chart.SERIES.get(0), 0));
        assertTrue(!occurs(img, Chart.SERIES.get(1), 0), "one pattern, one colour");
    }

    @Test
    void rimIsTheLargestValueRoundedUpToFiveDbAndZerosGoToTheCentre() throws Exception {
        assertEquals(20, FarFieldPlot.rim(List.of(new FarFieldPlot.Curve("a", isotropic(19.4, 4))), LAMBDA), 1e-12);
        assertEquals(25, FarFieldPlot.rim(List.of(new FarFieldPlot.Curve("a", isotropic(20.02, 4)),
                new FarFieldPlot.Curve("b", isotropic(-3, 4))), LAMBDA), 1e-12);
        FarFieldPattern zero = new FarFieldPattern(new double[] {0, 2}, new double[2], new double[2], 0, 0, 0);
        assertEquals(0, FarFieldPlot.rim(List.of(new FarFieldPlot.Curve("zero", zero)), LAMBDA));
        // f = 0 somewhere: -infinity dB, drawn at the centre
        FarFieldPattern p = isotropic(3, 8);
        p.im()[3] = 0;
        Path png = dir.resolve("zero.png");
        FarFieldPlot.write(png, "t", new PlaneWave(LAMBDA, 0), List.of(new FarFieldPlot.Curve("a", p)));
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 0);
        assertThrows(IllegalArgumentException.class,
                () -> FarFieldPlot.write(png, "t", new PlaneWave(LAMBDA, 0), List.of()));
    }

    @Test
    void titleSaysTheInputs() {
        assertEquals("Echo width, exact model, sound-soft, lambda = 0.5, incident at 30\u00b0",
                FarFieldPlot.title("exact model", BoundaryCondition.SOFT, 0.5, 30));
        assertEquals("Echo width, Kirchhoff model, sound-hard, lambda = 2, incident at 22.5\u00b0",
                FarFieldPlot.title("Kirchhoff model", BoundaryCondition.HARD, 2, 22.5));
        assertEquals("Echo width, Kirchhoff against exact model, sound-hard, lambda = 0.5, incident at 0\u00b0",
                FarFieldPlot.compareTitle(BoundaryCondition.HARD, 0.5, 0));
        assertEquals("Echo width, Kirchhoff model (sound-hard) against exact model (sound-soft), lambda = 0.5,"
                + " incident at -90\u00b0", FarFieldPlot.compareTitle(BoundaryCondition.SOFT, 0.5, -90));
    }

    /** Both models of the default case, as scatter compare --far-field draws them. */
    @Test
    void kirchhoffAgainstExact() throws Exception {
        ModelFields.Case c = ModelFields.of(0.5, BoundaryCondition.HARD);
        Path png = dir.resolve("compare.png");
        FarFieldPlot.write(png, FarFieldPlot.compareTitle(BoundaryCondition.HARD, 0.5, 0),
                c.kirchhoffProblem().wave(), List.of(new FarFieldPlot.Curve("exact", c.exactFar()),
                        new FarFieldPlot.Curve("Kirchhoff (physical optics)", c.kirchhoffFar())));
        BufferedImage img = ImageIO.read(png.toFile());
        // the forward lobe: 2 pi |f(0)|^2 / lambda of the exact model, on the +x axis
        double db = c.exactFar().echoWidthDb(0, 0.5);
        FarFieldPlot.Frame f = FarFieldPlot.frame("", 0);
        double rim = FarFieldPlot.rim(List.of(new FarFieldPlot.Curve("", c.kirchhoffFar())), 0.5);
        assertEquals(25, rim, "Kirchhoff's forward lobe, 10 log10(2 pi 8 / 0.5) = 20.02 dB, sets the rim");
        double x = f.cx() + (db - (rim - FarFieldPlot.RANGE_DB)) / FarFieldPlot.RANGE_DB * FarFieldPlot.RADIUS;
        assertNear(Chart.SERIES.get(0), img, x, f.cy());
    }

    /** Some pixel within 2 of (x, y) has nearly this colour (lines are anti-aliased). */
    private static void assertNear(Color expected, BufferedImage img, double x, double y) {
        int best = Integer.MAX_VALUE;
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                best = Math.min(best, distance(expected, img.getRGB(cx + dx, cy + dy)));
            }
        }
        assertTrue(best <= 24,
                String.format("no pixel near #%06x around (%d, %d)", expected.getRGB() & 0xffffff, cx, cy));
    }

    private static int distance(Color c, int rgb) {
        return Math.abs(c.getRed() - (rgb >> 16 & 0xff)) + Math.abs(c.getGreen() - (rgb >> 8 & 0xff))
                + Math.abs(c.getBlue() - (rgb & 0xff));
    }

    /** Whether a pixel of exactly this colour is at or below row {@code fromRow}. */
    private static boolean occurs(BufferedImage img, Color colour, int fromRow) {
        for (int y = fromRow; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) == colour.getRGB()) {
                    return true;
                }
            }
        }
        return false;
    }
}
