package scatter.physics.exact.system.rcip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scatter.linalg.ParallelRows;

/**
 * One recursion serves the halved panels: R from the cache for ell/2 and ell/4 is, bit for bit, the
 * recursion of ell/2 over L + 1 levels and of ell/4 over L levels, made on its own; and its store is
 * the same as that recursion's, level by level; a request beyond what the cache holds makes a new one,
 * the same on two threads as on one.
 */
class CornerCacheTest {
    /** Two ranges, the first on a thread of its own. */
    private static final ParallelRows TWO = (count, range) -> {
        Thread other = new Thread(() -> {
            try {
                range.run(0, count / 2);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        range.run(count / 2, count);
        other.join();
    };

    @Test
    void halvedCornersTakeTheirRecursionFromTheFirst() throws InterruptedException {
        double k = 2 * Math.PI / 0.5;
        BoundaryOperator op = new RegularisedHard(k, k, 4 * Math.sqrt(2));
        double c = Math.cos(2.0);
        double s = Math.sin(2.0);
        CornerCache cache = new CornerCache(2);
        int levels = 6;
        CornerCache.Compressed first = cache.compress(1, 0, c, s, 0.5, levels, op, true, ParallelRows.serial());
        assertArrayEquals(CornerCompression.compress(1, 0, c, s, 0.5, levels + 2, op), first.r());
        for (int j = 1; j <= 2; j++) {
            double ell = Math.scalb(0.5, -j);
            CornerCache.Compressed halved = cache.compress(1, 0, c, s, ell, levels, op, true, ParallelRows.serial());
            List<double[][]> store = new ArrayList<>();
            double[] own = CornerCompression.compress(1, 0, c, s, ell, levels + 2 - j, op, store);
            assertArrayEquals(own, halved.r(), "ell/" + (1 << j));
            assertEquals(store.size(), halved.store().size());
            for (int l = 0; l < store.size(); l++) {
                assertArrayEquals(store.get(l)[0], halved.store().get(l)[0]);
            }
        }
        CornerCache.Compressed beyond = cache.compress(1, 0, c, s, Math.scalb(0.5, -3), levels, op, false, TWO);
        assertArrayEquals(CornerCompression.compress(1, 0, c, s, Math.scalb(0.5, -3), levels + 2, op), beyond.r());
        CornerCache.Compressed other = cache.compress(0, 1, c, s, 0.5, levels, op, false, TWO);
        assertNotSame(first.r(), other.r());
        assertTrue(other.store() == null);
    }

    /**
     * The same for a corner with a curved side (the half-disc's at t = 0, arc in, diameter out): its
     * levels are taken afresh from the sides at absolute scales, so the cache's R and store for the
     * panels of H/2 and H/4 are, bit for bit, those of their own recursions over L + 1 and L levels;
     * the second on two threads. (From H = 0.125 down: above, the corner panels are held at
     * CurvedSides.TURN over the arc's curvature, 0.2, and do not halve with H, so the cache makes a new
     * recursion.)
     */
    @Test
    void halvedCurvedCornersTakeTheirRecursionFromTheFirst() throws InterruptedException {
        double k = 2 * Math.PI / 0.5;
        BoundaryOperator op = new CombinedField(k, k);
        scatter.physics.exact.curve.PolygonBoundary disc = scatter.physics.exact.system.CurvedCornerSolutionTest.halfDisc();
        CornerCache cache = new CornerCache(2);
        int levels = 6;
        PolygonPanels coarse = new PolygonPanels(disc, 0.125);
        CornerCache.Compressed first = cache.compressCurved(disc, 0, coarse.cornerScales(0), coarse.levels(0), levels,
                op, true, ParallelRows.serial());
        assertArrayEquals(CurvedCorner.compress(coarse.levels(0), levels + 2, op, null), first.r());
        for (int j = 1; j <= 2; j++) {
            PolygonPanels finer = new PolygonPanels(disc, Math.scalb(0.125, -j));
            CornerCache.Compressed halved = cache.compressCurved(disc, 0, finer.cornerScales(0), finer.levels(0), levels,
                    op, true, j == 1 ? ParallelRows.serial() : TWO);
            List<double[][]> store = new ArrayList<>();
            double[] own = CurvedCorner.compress(finer.levels(0), levels + 2 - j, op, store);
            assertArrayEquals(own, halved.r(), "H/" + (1 << j));
            assertEquals(store.size(), halved.store().size());
            for (int l = 0; l < store.size(); l++) {
                assertArrayEquals(store.get(l)[0], halved.store().get(l)[0]);
            }
        }
    }
}
