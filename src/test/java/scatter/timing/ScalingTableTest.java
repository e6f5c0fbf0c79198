package scatter.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingTableTest {
    @Test
    void severalObstaclesAreCountedAndEachNamed() {
        scatter.solve.Problem two = new scatter.solve.Problem(0.5, 40, 40, 64, List.of(
                new scatter.solve.Problem.Shape("cos(2*pi*t)", "sin(2*pi*t)"),
                new scatter.solve.Problem.Shape("cos(2*pi*t)+3", "sin(2*pi*t)")), 0,
                scatter.geometry.InsideTest.Kind.WINDING, scatter.solve.Model.KIRCHHOFF);
        assertEquals(List.of("lambda", "nx", "ny", "nc", "obstacles", "xc", "yc", "xc_2", "yc_2"),
                List.copyOf(ScalingTable.columns(two).keySet()));
        assertEquals("2", ScalingTable.columns(two).get("obstacles"));
        assertEquals("cos(2*pi*t)+3", ScalingTable.columns(two).get("xc_2"));
        // one obstacle: as before, no count
        assertEquals(List.of("lambda", "nx", "ny", "nc"),
                List.copyOf(ScalingTable.columns(scatter.solve.Problem.defaults()).keySet()));
    }

    private static final Map<String, String> PROBLEM = new LinkedHashMap<>(Map.of("nx", "256"));

    @Test
    void medianOfOddAndEvenCountsIgnoresOrderAndOutliers() {
        assertEquals(2.0, ScalingTable.median(List.of(3.0, 2.0, 1.0)));
        assertEquals(2.5, ScalingTable.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(1.0, ScalingTable.median(List.of(1.0, 1.0, 99.0)), "one slow run does not move the median");
        assertEquals(7.0, ScalingTable.median(List.of(7.0)));
        assertThrows(IllegalArgumentException.class, () -> ScalingTable.median(List.of()));
        assertThrows(IllegalArgumentException.class, () -> ScalingTable.median(List.of(1.0, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> ScalingTable.median(List.of(0.0)));
    }

    @Test
    void speedupAndEfficiencyAgainstOneThread() {
        // medians: 8 s on 1 thread, 4.4 s on 2, 2.5 s on 4
        ScalingTable t = new ScalingTable(PROBLEM, Map.of(
                4, List.of(2.5, 2.4, 3.0),
                1, List.of(8.0, 9.0, 7.5),
                2, List.of(4.4, 4.0, 5.0)), 80_000_000L);
        assertEquals(1, t.baselineThreads());
        List<ScalingTable.Row> rows = t.rows();
        assertEquals(List.of(1, 2, 4), rows.stream().map(ScalingTable.Row::threads).toList());
        assertEquals(new ScalingTable.Row(1, 3, 8.0, 1.0, 1.0, 10.0), rows.get(0));
        assertEquals(8.0 / 4.4, rows.get(1).speedup(), 1e-15);
        assertEquals(8.0 / 4.4 / 2, rows.get(1).efficiency(), 1e-15);
        assertEquals(3.2, rows.get(2).speedup(), 1e-15);
        assertEquals(0.8, rows.get(2).efficiency(), 1e-15);
        assertEquals(32.0, rows.get(2).mpairsPerSecond(), 1e-12);
    }

    @Test
    void withoutAOneThreadRunTheSmallestThreadCountIsTheBaseline() {
        ScalingTable t = new ScalingTable(PROBLEM, Map.of(8, List.of(1.5), 2, List.of(4.0)), -1);
        assertEquals(2, t.baselineThreads());
        ScalingTable.Row eight = t.rows().get(1);
        assertEquals(4.0 / 1.5, eight.speedup(), 1e-15);
        // ideal speedup from 2 to 8 threads is 4, measured 2.67: efficiency 2/3
        assertEquals(2.0 / 3.0, eight.efficiency(), 1e-15);
        assertTrue(Double.isNaN(eight.mpairsPerSecond()), "pairs unknown");
    }

    @Test
    void labelListsTheProblemInOrder() {
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put("lambda", "0.5");
        problem.put("nx", "256");
        problem.put("nc", "1024");
        assertEquals("lambda 0.5, nx 256, nc 1024", new ScalingTable(problem, Map.of(1, List.of(1.0)), 1).label());
    }
}
