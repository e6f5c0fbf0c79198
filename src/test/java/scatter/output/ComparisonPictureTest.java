package scatter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.ModelFields;
import scatter.TestFiles;
import scatter.chart.ColourBar;
import scatter.chart.ColourMap;
import scatter.chart.GridPicture;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.FieldDifference;
import scatter.physics.exact.system.BoundaryCondition;

/** The picture of scatter compare for the default case at lambda 0.5, sound-hard. */
class ComparisonPictureTest {
    @TempDir
    Path dir;

    private final ModelFields.Case c = ModelFields.of(0.5, BoundaryCondition.HARD);
    private final Grid grid = c.exact().grid();
    private final FieldDifference d = FieldDifference.between(c.kirchhoff(), c.exact(), c.kirchhoffProblem().contour(),
            0.5);

    private BufferedImage picture() throws Exception {
        Path png = dir.resolve("compare.png");
        ComparisonPicture.write(png, ComparisonPicture.title(BoundaryCondition.HARD, 0.5, 0, grid), c.kirchhoff(),
                c.exact(), d);
        assertEquals(List.of("compare.png"), TestFiles.names(dir), "written atomically, nothing else left");
        return ImageIO.read(png.toFile());
    }

    @Test
    void threePanelsOnTheGridWithTheObstacleInGreyAndTwoColourBars() throws Exception {
        BufferedImage img = picture();
        int[] size = GridPicture.size(grid, ComparisonPicture.PANEL);
        int w = size[0];
        int h = size[1];
        // the default grid is 6 wide, 5.5 high
        assertEquals(ComparisonPicture.PANEL, w);
        assertEquals(Math.round(ComparisonPicture.PANEL * 5.5 / 6), h);
        int[] x = ComparisonPicture.columns(w);
        assertEquals(x[4] + ComparisonPicture.RIGHT, img.getWidth());
        int top = img.getHeight() - ComparisonPicture.BOTTOM - h;
        for (int p = 0; p < 3; p++) {
            // (0, 0) is inside the default obstacle
            assertEquals(GridPicture.OBSTACLE.getRGB(), img.getRGB(x[p] + px(0, w), top + py(0, h)), "panel " + p);
        }
        // the colour bars, just below their tops (pointed: some values are beyond the ranges)
        int barTop = top + Math.min(ColourBar.WIDTH, h / 10) + 1;
        assertNear(ColourMap.RD_BU.rgb(1), img.getRGB(x[3] + 11, barTop));
        assertNear(ColourMap.YL_OR_RD.rgb(1), img.getRGB(x[4] + 11, barTop));
        assertNear(ColourMap.YL_OR_RD.rgb(0), img.getRGB(x[4] + 11, top + h - 2));
        assertEquals(0xffffff, img.getRGB(2, 2) & 0xffffff);
    }

    /**
     * What the picture is for: physical optics is right on the lit side and wrong behind the
     * obstacle. Its third panel is darker (larger |u_K - u_exact|) in the shadow, 1.2 &lt; x &lt; 2.4,
     * |y| &lt; 0.8, than on the lit side, -3.4 &lt; x &lt; -1.4, as the difference itself is.
     */
    @Test
    void theDifferencePanelIsDarkestBehindTheObstacle() throws Exception {
        BufferedImage img = picture();
        int[] size = GridPicture.size(grid, ComparisonPicture.PANEL);
        int w = size[0];
        int h = size[1];
        int third = ComparisonPicture.columns(w)[2];
        int top = img.getHeight() - ComparisonPicture.BOTTOM - h;
        double lit = meanLuminance(img, third + px(-3.4, w), third + px(-1.4, w), top + py(0.8, h), top + py(-0.8, h));
        double shadow = meanLuminance(img, third + px(1.2, w), third + px(2.4, w), top + py(0.8, h), top + py(-0.8, h));
        assertTrue(shadow < lit - 20, "shadow " + shadow + ", lit side " + lit);
        assertTrue(mean(d, 1.2, 2.4) > 2 * mean(d, -3.4, -1.4), "the difference itself");
    }

    @Test
    void titlesAndRefusals() {
        assertEquals("Kirchhoff against exact model, sound-hard, lambda = 0.5, incident at 0\u00b0, 129 x 129 nodes",
                ComparisonPicture.title(BoundaryCondition.HARD, 0.5, 0, grid));
        assertTrue(ComparisonPicture.title(BoundaryCondition.SOFT, 2, 30, grid).startsWith(
                "Kirchhoff model (sound-hard) against exact model (sound-soft), lambda = 2, incident at 30\u00b0"));
        assertTrue(ComparisonPicture.figures(d).contains("relative RMS 0.25"), ComparisonPicture.figures(d));
        Field other = new Field(new Grid(4, 4, -1, 1, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> ComparisonPicture.write(dir.resolve("x.png"), "t", other,
                c.exact(), d));
    }

    /** The pixel column of x in a panel w wide over the grid's x range. */
    private int px(double x, int w) {
        return (int) Math.round((x - grid.xmin()) / (grid.xmax() - grid.xmin()) * w);
    }

    private int py(double y, int h) {
        return (int) Math.round((1 - (y - grid.ymin()) / (grid.ymax() - grid.ymin())) * h);
    }

    private static double meanLuminance(BufferedImage img, int x0, int x1, int y0, int y1) {
        double sum = 0;
        int n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int rgb = img.getRGB(x, y);
                sum += 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                n++;
            }
        }
        return sum / n;
    }

    /** Mean |u_K - u_exact| over the nodes with x0 &lt; x &lt; x1, |y| &lt; 0.8. */
    private double mean(FieldDifference d, double x0, double x1) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < grid.nodes(); k++) {
            if (grid.xOf(k) > x0 && grid.xOf(k) < x1 && Math.abs(grid.yOf(k)) < 0.8 && d.excluded()[k] == 0) {
                sum += d.magnitude()[k];
                n++;
            }
        }
        return sum / n;
    }

    private static void assertNear(int expected, int actual) {
        for (int shift : new int[] {16, 8, 0}) {
            int e = expected >> shift & 0xff;
            int a = actual >> shift & 0xff;
            assertTrue(Math.abs(e - a) <= 8, String.format("expected #%06x, got #%06x", expected & 0xffffff,
                    actual & 0xffffff));
        }
    }
}
