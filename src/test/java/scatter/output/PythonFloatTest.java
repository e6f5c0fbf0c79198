package scatter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link PythonFloat#repr} against Python's own repr(float) for 1600 doubles: edge cases and
 * random ones, made by src/test/scripts/python_repr.py.
 */
class PythonFloatTest {
    @Test
    void writesWhatPythonWrites() throws IOException {
        List<String> rows;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PythonFloatTest.class.getResourceAsStream("/scatter/output/python_repr.csv"), StandardCharsets.UTF_8))) {
            rows = in.lines().skip(1).collect(Collectors.toList());
        }
        assertTrue(rows.size() > 1500, "rows: " + rows.size());
        for (String row : rows) {
            String[] cells = row.split(",");
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(cells[0], 16));
            assertEquals(cells[1], PythonFloat.repr(value), "bits " + cells[0]);
        }
    }

    @Test
    void theIssuesChecksum() {
        assertEquals("2.6411851745050654e-06", PythonFloat.repr(2.6411851745050654e-06));
        assertEquals("4686.33932772557", PythonFloat.repr(4686.33932772557));
    }
}
