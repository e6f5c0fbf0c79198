package scatter.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.timing.ScalingTable;

class SpeedupPlotTest {
    @TempDir
    Path dir;

    @Test
    void plotHasTheMeasuredPointsAndTheIdealLine() throws Exception {
        // 1 thread 3 s, 2 threads 2 s: speedup 1.5
        ScalingTable t = new ScalingTable(Map.of("nx", "64"), Map.of(1, List.of(3.0), 2, List.of(2.0)), -1);
        Path png = dir.resolve("speedup.png");
        SpeedupPlot.write(List.of(t), "test", png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(SpeedupPlot.WIDTH, img.getWidth());
        assertEquals(SpeedupPlot.HEIGHT, img.getHeight());

        int w = SpeedupPlot.WIDTH - SpeedupPlot.LEFT - SpeedupPlot.RIGHT;
        int h = SpeedupPlot.HEIGHT - SpeedupPlot.TOP - SpeedupPlot.BOTTOM;
        double xMax = 2.25;          // 2 threads and a quarter thread of room
        double yMax = 2 * 1.12;      // ideal speedup 2 on 2 threads, and 12 % of room
        int px = (int) Math.round(SpeedupPlot.LEFT + 2 / xMax * w);
        int py = (int) Math.round(SpeedupPlot.TOP + h - 1.5 / yMax * h);
        assertEquals(SpeedupPlot.series(0).getRGB(), img.getRGB(px, py), "marker of 2 threads at speedup 1.5");
        // the ideal line speedup = threads: some of its dashes lie on it between 1.8 and 2 threads
        int hits = 0;
        for (double v = 1.8; v <= 2.0; v += 0.01) {
            int ix = (int) Math.round(SpeedupPlot.LEFT + v / xMax * w);
            int iy = (int) Math.round(SpeedupPlot.TOP + h - v / yMax * h);
            for (int d = -1; d <= 1; d++) {
                hits += img.getRGB(ix, iy + d) == SpeedupPlot.IDEAL.getRGB() ? 1 : 0;
            }
        }
        boolean ideal = hits > 5;
        assertTrue(ideal, "ideal line near (2, 2)");
    }

    @Test
    void severalProblemsAndNothingToPlot() throws Exception {
        ScalingTable a = new ScalingTable(Map.of("nx", "64"), Map.of(1, List.of(3.0), 4, List.of(1.0)), -1);
        ScalingTable b = new ScalingTable(Map.of("nx", "128"), Map.of(2, List.of(3.0), 8, List.of(1.0)), -1);
        Path png = dir.resolve("two.png");
        SpeedupPlot.write(List.of(a, b), "test", png);
        BufferedImage img = ImageIO.read(png.toFile());
        int[] counts = new int[2];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                for (int s = 0; s < 2; s++) {
                    counts[s] += img.getRGB(x, y) == SpeedupPlot.series(s).getRGB() ? 1 : 0;
                }
            }
        }
        assertTrue(counts[0] > 200 && counts[1] > 200, counts[0] + ", " + counts[1]);
        assertThrows(IllegalArgumentException.class, () -> SpeedupPlot.write(List.of(), "x", dir.resolve("n.png")));
        assertTrue(Files.notExists(dir.resolve("n.png")));
    }
}
