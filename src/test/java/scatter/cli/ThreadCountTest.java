package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreadCountTest {
    @Test
    void optionWinsOverEnvironment() {
        ThreadCount t = ThreadCount.resolve("3", Map.of("OMP_NUM_THREADS", "5", "SLURM_CPUS_PER_TASK", "7"), 2);
        assertEquals(new ThreadCount(3, "--threads"), t);
    }

    @Test
    void ompNumThreadsThenSlurmThenProcessors() {
        assertEquals(5, ThreadCount.resolve(null, Map.of("OMP_NUM_THREADS", "5", "SLURM_CPUS_PER_TASK", "7"), 2).threads());
        assertEquals(7, ThreadCount.resolve(null, Map.of("SLURM_CPUS_PER_TASK", "7"), 2).threads());
        assertEquals(new ThreadCount(2, "available processors"), ThreadCount.resolve(null, Map.of(), 2));
        assertEquals("OMP_NUM_THREADS=5", ThreadCount.resolve(null, Map.of("OMP_NUM_THREADS", "5"), 2).source());
    }

    @Test
    void openMpListMeansItsFirstLevel() {
        assertEquals(4, ThreadCount.resolve(null, Map.of("OMP_NUM_THREADS", "4,2"), 2).threads());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "4,abc", "abc,4", "2.5", "99999999999999999999", "1025", ""})
    void badOmpNumThreadsIsAnErrorNamingTheVariable(String value) {
        if (value.isEmpty()) {
            // an empty variable counts as unset
            assertEquals(2, ThreadCount.resolve(null, Map.of("OMP_NUM_THREADS", value), 2).threads());
            return;
        }
        UsageException e = assertThrows(UsageException.class,
                () -> ThreadCount.resolve(null, Map.of("OMP_NUM_THREADS", value), 2));
        assertTrue(e.getMessage().startsWith("OMP_NUM_THREADS: "), e.getMessage());
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "x", "1e3"})
    void badThreadsOptionNamesTheOption(String value) {
        UsageException e = assertThrows(UsageException.class, () -> ThreadCount.resolve(value, Map.of(), 2));
        assertTrue(e.getMessage().startsWith("--threads: "), e.getMessage());
    }

    @Test
    void badSlurmCpusPerTaskNamesTheVariable() {
        UsageException e = assertThrows(UsageException.class,
                () -> ThreadCount.resolve(null, Map.of("SLURM_CPUS_PER_TASK", "zero"), 2));
        assertTrue(e.getMessage().startsWith("SLURM_CPUS_PER_TASK: "), e.getMessage());
    }
}
