package scatter.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.timing.ScalingTable;

class ScalingTableFormatTest {
    @TempDir
    Path dir;

    private static ScalingTable table() {
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put("nx", "256");
        problem.put("xc", "cos(2*pi*t), shifted");
        return new ScalingTable(problem, Map.of(1, List.of(12.5), 2, List.of(6.4, 6.2, 9.9)), 125_000_000L);
    }

    @Test
    void textTableIsAlignedWithPercentEfficiency() {
        assertEquals(""
                + "threads  runs  median s  speedup  efficiency  Mpairs/s\n"
                + "      1     1    12.500     1.00      100.0%     10.00\n"
                + "      2     3     6.400     1.95       97.7%     19.53\n",
                ScalingTableFormat.text(table()).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void shortTimesKeepFourSignificantDigits() {
        assertEquals("0.001235", ScalingTableFormat.seconds(0.0012345));
        assertEquals("0.5000", ScalingTableFormat.seconds(0.5));
        assertEquals("1.500", ScalingTableFormat.seconds(1.5));
    }

    @Test
    void csvHasTheProblemColumnsThenTheTable() throws Exception {
        Path csv = dir.resolve("t.csv");
        ScalingTable other = new ScalingTable(Map.of("nc", "64"), Map.of(1, List.of(1.0)), -1);
        ScalingTableFormat.writeCsv(List.of(table(), other), csv);
        assertEquals(List.of(
                "nx,xc,nc,threads,runs,median_seconds,speedup,efficiency,mpairs_per_second",
                "256,\"cos(2*pi*t), shifted\",,1,1,12.5,1.0,1.0,10.0",
                "256,\"cos(2*pi*t), shifted\",,2,3,6.4,1.953125,0.9765625,19.53125",
                ",,64,1,1,1.0,1.0,1.0,"), Files.readAllLines(csv));
    }
}
