package scatter.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimingLogTest {
    @TempDir
    Path dir;

    @Test
    void headerOnceThenOneRowPerRun() throws IOException {
        Path log = dir.resolve("timings.csv");
        TimingLog.append(log, Map.of("threads", 1, "nx", 128, "compute_seconds", "1.5"));
        TimingLog.append(log, Map.of("threads", 2, "nx", 128, "compute_seconds", "0.8", "host", "a,b"));
        List<String> lines = Files.readAllLines(log);
        assertEquals(3, lines.size());
        assertEquals(String.join(",", TimingLog.COLUMNS), lines.get(0));
        List<String> header = List.of(TimingLog.COLUMNS);
        String[] row = lines.get(2).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        assertEquals(header.size(), row.length);
        assertEquals("2", row[header.indexOf("threads")]);
        assertEquals("0.8", row[header.indexOf("compute_seconds")]);
        assertEquals("\"a,b\"", row[header.indexOf("host")]);
    }

    @Test
    void unknownColumnsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TimingLog.append(dir.resolve("t.csv"), Map.of("speed", 1)));
    }
}
