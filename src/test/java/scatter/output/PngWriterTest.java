package scatter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.chart.Chart;
import scatter.chart.ColourMap;
import scatter.geometry.Grid;
import scatter.physics.Field;

class PngWriterTest {
    @TempDir
    Path dir;

    @Test
    void colourLimitIgnoresTheObstacleAndTheTopTenthOfAPercent() {
        double[] v = new double[2001];
        byte[] inside = new byte[v.length];
        for (int k = 0; k < 2000; k++) {
            v[k] = (k % 2 == 0 ? 1 : -1) * (k + 1) / 1000.0;   // |v| = 0.001 ... 2.000
        }
        v[2000] = 1e9;
        inside[2000] = 1;
        assertEquals(1.998, PngWriter.colourLimit(v, inside), 1e-12);
        assertEquals(1.0, PngWriter.colourLimit(new double[3], new byte[3]), "all zero");
    }

    /** A field whose total is the ramp Re = x on [-2, 2] x [-1, 1], with a disc of radius 0.5 inside. */
    private static Field ramp() {
        Grid grid = new Grid(40, 20, -2, 2, -1, 1);
        Field f = new Field(grid);
        for (int k = 0; k < grid.nodes(); k++) {
            double x = grid.xOf(k);
            double y = grid.yOf(k);
            if (x * x + y * y < 0.25) {
                f.inside()[k] = 1;
            } else {
                f.incidentRe()[k] = x / 2;
                f.scatteredRe()[k] = x / 2;
                f.incidentIm()[k] = 5;          // the picture is of the real part only
            }
        }
        return f;
    }

    @Test
    void pictureShowsTheFieldTheObstacleAndKeepsTheAspectRatio() throws Exception {
        Path png = dir.resolve("field.png");
        new PngWriter().write(ramp(), Map.of("lambda", 0.5, "nc", 64), png);
        BufferedImage img = ImageIO.read(png.toFile());
        int w = PngWriter.PLOT_SIZE;
        int h = PngWriter.PLOT_SIZE / 2;   // the grid is twice as wide as high
        int left = PngWriter.LEFT;
        int top = PngWriter.TOP;
        assertTrue(img.getWidth() > left + w && img.getHeight() > top + h, img.getWidth() + " x " + img.getHeight());
        // the disc centre is the obstacle
        assertEquals(PngWriter.OBSTACLE.getRGB(), img.getRGB(left + w / 2, top + h / 2));
        // x = 0 above the disc: zero, the map's white
        assertEquals(0xf7f7f7, img.getRGB(left + w / 2, top + 10) & 0xffffff);
        // the edges: x = -2 and x = +2 are the ends of the colour range (|x| up to 2)
        assertNear(0x053061, img.getRGB(left + 1, top + h / 2));
        assertNear(0x67001f, img.getRGB(left + w - 2, top + h / 2));
        // x = 1 is half the range: between the anchors for 0.4 and 0.6
        int halfway = img.getRGB(left + 3 * w / 4, top + 10) & 0xffffff;
        assertNear(ColourMap.RD_BU.rgb(0.5), halfway);
        // white margins with the axes and colour bar around the plot
        assertEquals(0xffffff, img.getRGB(2, 2) & 0xffffff);
    }

    private static void assertNear(int expected, int actual) {
        for (int shift : new int[] {16, 8, 0}) {
            int e = expected >> shift & 0xff;
            int a = actual >> shift & 0xff;
            assertTrue(Math.abs(e - a) <= 6, String.format("expected #%06x, got #%06x", expected & 0xffffff,
                    actual & 0xffffff));
        }
    }

    @Test
    void titleWrapsAtCommasOnlyWhenTooWide() {
        String title = "Total field, lambda = 0.5, 65 x 257 nodes";
        assertEquals(List.of(title), Chart.wrap(title, Chart.TITLE, 2000));
        assertEquals(List.of("Total field,", "lambda = 0.5,", "65 x 257 nodes"), Chart.wrap(title, Chart.TITLE, 10));
    }

    @Test
    void niceTicks() {
        assertEquals(List.of(-3.0, -2.0, -1.0, 0.0, 1.0, 2.0), Chart.ticks(-3.5, 2.5, 7, 0));
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), Chart.ticks(0, 100, 6, 0));
        assertEquals(List.of(-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5), Chart.ticks(-1.9, 1.9, 9, 0));
        assertEquals(List.of(0.0, 1.0, 2.0), Chart.ticks(0, 2, 9, 1), "thread counts step by whole numbers");
        assertEquals("-0.5", Chart.tickLabel(-0.5, List.of(-1.0, -0.5)));
        assertEquals("20", Chart.tickLabel(20, List.of(0.0, 20.0)));
        assertEquals("0.25", Chart.tickLabel(0.25, List.of(0.0, 0.25)));
    }
}
